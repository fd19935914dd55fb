import { isAdverse } from '../../adverse.js';
import { defineRule, type RuleViolation } from '../rule.js';
import { capitalise, isBlank } from '../text.js';

export const impactDescribed = defineRule({
  id: 'impact-described',
  title: 'Each impact is described, and negatives are rated',
  defaultSeverity: 'error',
  section: 'analysis',
  scope: 'full_assessment',
  why: 'Impacts must be precise, not sketchy (Bracking): the decision maker needs to know who is affected, how, and how badly, to weigh it.',
  hint: 'Say who is affected and how, in concrete terms; rate each negative impact low, medium or high before mitigation.',
  messages: {
    undescribed: ({ impact }: { impact: string }) => `${impact} is not described.`,
    noSeverity: ({ impact }: { impact: string }) => `${impact} is negative but has no severity.`,
  },
  evaluate: ({ impacts }, say) => {
    const violations: RuleViolation[] = [];
    for (const { impact, path, name } of impacts) {
      if (isBlank(impact.description)) {
        violations.push({
          message: capitalise(say.undescribed({ impact: name })),
          path: `${path}.description`,
        });
      }
      if (isAdverse(impact.direction) && !impact.severity) {
        violations.push({
          message: capitalise(say.noSeverity({ impact: name })),
          path: `${path}.severity`,
        });
      }
    }
    return violations;
  },
});
