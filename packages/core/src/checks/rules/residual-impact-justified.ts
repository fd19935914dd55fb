import { isAdverse } from '../../adverse.js';
import type { Rule, RuleViolation } from '../rule.js';
import { capitalise, isBlank } from '../text.js';

export const residualImpactJustified: Rule = {
  id: 'residual-impact-justified',
  title: 'What remains after mitigation is rated, and justified when significant',
  defaultSeverity: 'warning',
  section: 'analysis',
  scope: 'full_assessment',
  why: 'The decision maker must know the extent of the adverse impact that remains (Bracking para 26(4)); a medium or high residual harm needs objective justification: a legitimate aim pursued by proportionate means (Equality Act 2010 s.19(2)(d); EHRC).',
  hint: 'Rate the residual severity after mitigation; if it is medium or high, explain why it is justified.',
  evaluate: ({ impacts }) => {
    const violations: RuleViolation[] = [];
    for (const { impact, path, name } of impacts) {
      if (!isAdverse(impact.direction)) continue;
      if (!impact.residualSeverity && !isBlank(impact.mitigation)) {
        violations.push({
          message: `${capitalise(name)} is mitigated, but how severe it remains is not rated.`,
          path: `${path}.residualSeverity`,
        });
      }
      const significant = impact.residualSeverity === 'medium' || impact.residualSeverity === 'high';
      if (significant && isBlank(impact.justification)) {
        violations.push({
          message: `${capitalise(name)} remains ${impact.residualSeverity} after mitigation, with no justification.`,
          path: `${path}.justification`,
        });
      }
    }
    return violations;
  },
};
