import { defineRule, type RuleViolation } from '../rule.js';
import { capitalise } from '../text.js';

export const unknownImpactHasAction = defineRule({
  id: 'unknown-impact-has-action',
  title: 'Every unknown impact has an action to find out',
  defaultSeverity: 'error',
  section: 'analysis',
  scope: 'full_assessment',
  why: 'The duty requires reasonable steps to find out what is not yet known about a policy’s impact (Bridges, 2020), and it is continuing (Brown principle 5).',
  hint: 'Link the impact to an action (not dropped) that will find out, such as analysing outcomes after six months.',
  messages: {
    noAction: ({ impact }: { impact: string }) => `${impact} is unknown and has no action to find out.`,
  },
  evaluate: ({ impacts, hasLiveAction }, say) => {
    const violations: RuleViolation[] = [];
    for (const { impact, path, name } of impacts) {
      if (impact.direction === 'unknown' && !hasLiveAction({ kind: 'impact', impact })) {
        violations.push({
          message: capitalise(say.noAction({ impact: name })),
          path: `${path}.actionIds`,
        });
      }
    }
    return violations;
  },
});
