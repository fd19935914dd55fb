import { isAdverse } from '../../adverse.js';
import { inSentence } from '../../labels/label.js';
import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const outcomeFitsImpacts = defineRule({
  id: 'outcome-fits-impacts',
  title: 'The outcome fits the impacts found',
  defaultSeverity: 'error',
  section: 'outcome',
  scope: 'full_assessment',
  why: 'EHRC guidance: "no major change" is for a policy shown to be robust with no potential for discrimination or adverse impact; an outcome that ignores the harm the analysis found was not reached with an open mind (Brown principle 3).',
  hint: 'Choose "adjust" and carry the mitigations into actions, "continue" with justification, or "stop"; "no major change" only fits when no significant negative impact remains.',
  messages: {
    remains: ({ impact, severity }: { impact: string; severity: string }) =>
      `The outcome is "no major change", but ${impact} remains ${severity}.`,
    notMitigated: ({ impact }: { impact: string }) =>
      `The outcome is "no major change", but ${impact} is not mitigated.`,
    noAction: 'The outcome is "adjust", but no action says how the policy changes.',
  },
  evaluate: ({ assessment, impacts, liveActions, label }, say) => {
    const kind = assessment.outcome?.kind;
    const violations: RuleViolation[] = [];
    if (kind === 'no_major_change') {
      for (const { impact, name } of impacts) {
        if (!isAdverse(impact.direction)) continue;
        const remains = impact.residualSeverity === 'medium' || impact.residualSeverity === 'high';
        if (isBlank(impact.mitigation) || remains) {
          violations.push({
            message:
              remains && impact.residualSeverity
                ? say.remains({
                    impact: name,
                    severity: inSentence(label('residualSeverity', impact.residualSeverity)),
                  })
                : say.notMitigated({ impact: name }),
            path: 'outcome.kind',
          });
        }
      }
    }
    if (kind === 'adjust' && liveActions.length === 0) {
      violations.push({
        message: say.noAction,
        path: 'actions',
      });
    }
    return violations;
  },
});
