import { isAdverse } from '../../adverse.js';
import type { Engagement } from '../../schema/engagement.js';
import { isHeard } from '../heard.js';
import { defineRule, type RuleViolation } from '../rule.js';
import { capitalise } from '../text.js';

const STAFF = 'staff';

/** Who an engagement with no audience recorded was with, from its wording: staff, officers, colleagues… */
const internalWords =
  /\b(staff|officers?|colleagues|employees|workforce|managers?|project (team|board)|working group|internal|directorate|service leads?|heads? of service)\b/i;
const outsideWords =
  /\b(users?|public|residents?|patients?|parents?|families|children|young people|carers?|tenants?|passengers?|customers?|claimants?|communit(y|ies)|forum|charit(y|ies)|voluntary|advocacy|representative|groups? of|people who|citizens?)\b/i;

const isInternal = (engagement: Engagement): boolean =>
  engagement.audience === undefined
    ? internalWords.test(engagement.who) && !outsideWords.test(engagement.who)
    : engagement.audience === STAFF;

export const engagementReachesAffected = defineRule({
  id: 'engagement-reaches-affected',
  title: 'Engagement reaches the people affected',
  defaultSeverity: 'warning',
  section: 'engagement',
  scope: 'full_assessment',
  why: 'The decision maker must know the views of those affected (Bracking, 2013), and consultation must reach them while proposals are formative (the Gunning principles; EHRC engagement guidance). Asking only the officers who wrote the policy is not engagement with the people it affects.',
  hint: 'Engage the service users, public or groups the policy affects (and record their audience), and people who share each characteristic on which you found a medium or high negative impact.',
  messages: {
    onlyStaff:
      'Engagement is recorded only with staff or officers, but the policy affects service users or the public too.',
    unheard: ({ impact, characteristics }: { impact: string; characteristics: string }) =>
      `${impact} is a medium negative impact, but nobody sharing ${characteristics} was asked about it.`,
  },
  evaluate: (context, say) => {
    const { assessment, impacts } = context;
    const violations: RuleViolation[] = [];
    const beyondStaff =
      assessment.policy.audiences.some((audience) => audience !== STAFF) ||
      assessment.policy.otherGroups.length > 0;
    if (beyondStaff && assessment.engagement.length > 0 && assessment.engagement.every(isInternal)) {
      violations.push({
        message: say.onlyStaff,
        path: 'engagement',
      });
    }
    // High-severity impacts are high-severity-engaged's: an error there.
    for (const { impact, path, name, characteristics } of impacts) {
      if (!isAdverse(impact.direction) || impact.severity !== 'medium') continue;
      const unheard = characteristics.filter((c) => !isHeard(context, c));
      if (unheard.length > 0) {
        violations.push({
          message: capitalise(
            say.unheard({
              impact: name,
              characteristics: context.list(
                unheard.map((c) => context.characteristicLabel(c).toLowerCase()),
                'or',
              ),
            }),
          ),
          path,
        });
      }
    }
    return violations;
  },
});
