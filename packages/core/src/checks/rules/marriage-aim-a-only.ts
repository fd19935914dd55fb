import { aims as aimCatalogue } from '../../catalogue/aims.js';
import type { Rule, RuleViolation } from '../rule.js';
import { capitalise } from '../text.js';

const MARRIAGE = 'marriage_civil_partnership';

export const marriageAimAOnly: Rule = {
  id: 'marriage-aim-a-only',
  title: 'Marriage and civil partnership is assessed against aim (a), for work',
  defaultSeverity: 'warning',
  section: 'analysis',
  scope: 'full_assessment',
  why: 'Equality Act 2010 s.149(7): marriage and civil partnership is relevant only to eliminating discrimination (aim (a)), and that protection applies in work. Claiming other aims for it misstates the duty; the same holds for any characteristic the profile limits to fewer aims.',
  hint: 'Engage only aim (a) for marriage and civil partnership, and consider it for staff; for other audiences conclude "no impact" with that reason.',
  evaluate: ({ assessment, profile, characteristics, audienceLabel }) => {
    const violations: RuleViolation[] = [];
    const workAudience = profile.audiences.some((audience) => audience.id === 'staff');
    for (const { id, label, aims } of characteristics) {
      assessment.analysis[id]?.impacts.forEach((impact, index) => {
        const path = `analysis.${id}.impacts.${index}`;
        const name = `the ${label} impact "${impact.id}"`;
        const outside = impact.aims.filter((aim) => !aims.includes(aim));
        if (outside.length > 0) {
          const limbs = outside.map((aim) => aimCatalogue[aim].limb).join(' and ');
          violations.push({
            message: `${capitalise(name)} engages aim ${limbs}, which the duty does not apply to for ${label}.`,
            path: `${path}.aims`,
          });
        }
        if (
          id === MARRIAGE &&
          workAudience &&
          impact.audience !== 'staff' &&
          impact.direction !== 'neutral'
        ) {
          violations.push({
            message: `${capitalise(name)} is on ${audienceLabel(impact.audience)}, but the duty covers ${label} only in work.`,
            path: `${path}.audience`,
          });
        }
      });
    }
    return violations;
  },
};
