import { isAdverse } from '../../adverse.js';
import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const mitigationHasAction = defineRule({
  id: 'mitigation-has-action',
  title: 'Mitigations are carried into the action plan',
  defaultSeverity: 'warning',
  section: 'actions',
  scope: 'full_assessment',
  why: 'A mitigation nobody owns is an intention, not a step; the continuing duty (Brown principle 5) is shown by actions with owners and dates that can be monitored.',
  hint: 'Link the impact to an action (not dropped) that delivers the mitigation.',
  messages: {
    noAction: ({ impact }: { impact: string }) => `The mitigation of ${impact} is not linked to any action.`,
  },
  evaluate: ({ impacts, hasLiveAction }, say) => {
    const violations: RuleViolation[] = [];
    for (const { impact, path, name } of impacts) {
      if (!isAdverse(impact.direction) || isBlank(impact.mitigation)) continue;
      if (!hasLiveAction({ kind: 'impact', impact })) {
        violations.push({
          message: say.noAction({ impact: name }),
          path: `${path}.actionIds`,
        });
      }
    }
    return violations;
  },
});
