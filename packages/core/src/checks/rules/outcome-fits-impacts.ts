import { isAdverse } from '../../adverse.js';
import type { Rule, RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const outcomeFitsImpacts: Rule = {
  id: 'outcome-fits-impacts',
  title: 'The outcome fits the impacts found',
  defaultSeverity: 'error',
  section: 'outcome',
  scope: 'full_assessment',
  why: 'EHRC guidance: "no major change" is for a policy shown to be robust with no potential for discrimination or adverse impact; an outcome that ignores the harm the analysis found was not reached with an open mind (Brown principle 3).',
  hint: 'Choose "adjust" and carry the mitigations into actions, "continue" with justification, or "stop"; "no major change" only fits when no significant negative impact remains.',
  evaluate: ({ assessment, impacts, liveActions }) => {
    const kind = assessment.outcome?.kind;
    const violations: RuleViolation[] = [];
    if (kind === 'no_major_change') {
      for (const { impact, name } of impacts) {
        if (!isAdverse(impact.direction)) continue;
        const remains = impact.residualSeverity === 'medium' || impact.residualSeverity === 'high';
        if (isBlank(impact.mitigation) || remains) {
          violations.push({
            message: `The outcome is "no major change", but ${name} ${remains ? `remains ${impact.residualSeverity}` : 'is not mitigated'}.`,
            path: 'outcome.kind',
          });
        }
      }
    }
    if (kind === 'adjust' && liveActions.length === 0) {
      violations.push({
        message: 'The outcome is "adjust", but no action says how the policy changes.',
        path: 'actions',
      });
    }
    return violations;
  },
};
