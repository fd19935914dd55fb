import { isAdverse } from '../../adverse.js';
import { inSentence } from '../../labels/label.js';
import { defineRule, type RuleViolation } from '../rule.js';
import { capitalise, isBlank } from '../text.js';

export const residualImpactJustified = defineRule({
  id: 'residual-impact-justified',
  title: 'What remains after mitigation is rated, and justified when significant',
  defaultSeverity: 'warning',
  section: 'analysis',
  scope: 'full_assessment',
  why: 'The decision maker must know the extent of the adverse impact that remains (Bracking para 26(4)); a medium or high residual harm needs objective justification: a legitimate aim pursued by proportionate means (Equality Act 2010 s.19(2)(d); EHRC).',
  hint: 'Rate the residual severity after mitigation; if it is medium or high, explain why it is justified.',
  messages: {
    unrated: ({ impact }: { impact: string }) =>
      `${impact} is mitigated, but how severe it remains is not rated.`,
    unjustified: ({ impact, severity }: { impact: string; severity: string }) =>
      `${impact} remains ${severity} after mitigation, with no justification.`,
  },
  evaluate: ({ impacts, label }, say) => {
    const violations: RuleViolation[] = [];
    for (const { impact, path, name } of impacts) {
      if (!isAdverse(impact.direction)) continue;
      if (!impact.residualSeverity && !isBlank(impact.mitigation)) {
        violations.push({
          message: capitalise(say.unrated({ impact: name })),
          path: `${path}.residualSeverity`,
        });
      }
      const significant = impact.residualSeverity === 'medium' || impact.residualSeverity === 'high';
      if (significant && impact.residualSeverity && isBlank(impact.justification)) {
        violations.push({
          message: capitalise(
            say.unjustified({
              impact: name,
              severity: inSentence(label('residualSeverity', impact.residualSeverity)),
            }),
          ),
          path: `${path}.justification`,
        });
      }
    }
    return violations;
  },
});
