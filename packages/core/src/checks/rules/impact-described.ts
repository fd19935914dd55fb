import { isAdverse } from '../../adverse.js';
import type { Rule, RuleViolation } from '../rule.js';
import { capitalise, isBlank } from '../text.js';

export const impactDescribed: Rule = {
  id: 'impact-described',
  title: 'Each impact is described, and negatives are rated',
  defaultSeverity: 'error',
  section: 'analysis',
  scope: 'full_assessment',
  why: 'Impacts must be precise, not sketchy (Bracking): the decision maker needs to know who is affected, how, and how badly, to weigh it.',
  hint: 'Say who is affected and how, in concrete terms; rate each negative impact low, medium or high before mitigation.',
  evaluate: ({ impacts }) => {
    const violations: RuleViolation[] = [];
    for (const { impact, path, name } of impacts) {
      if (isBlank(impact.description)) {
        violations.push({ message: `${capitalise(name)} is not described.`, path: `${path}.description` });
      }
      if (isAdverse(impact.direction) && !impact.severity) {
        violations.push({
          message: `${capitalise(name)} is negative but has no severity.`,
          path: `${path}.severity`,
        });
      }
    }
    return violations;
  },
};
