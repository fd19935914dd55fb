import { isAdverse } from '../../adverse.js';
import type { ImpactRef } from '../context.js';
import { defineRule, type RuleViolation } from '../rule.js';

export const unlawfulDiscriminationNotContinued = defineRule({
  id: 'unlawful-discrimination-not-continued',
  title: 'Unlawful discrimination is not left in place',
  defaultSeverity: 'error',
  section: 'outcome',
  scope: 'full_assessment',
  why: 'Direct discrimination (except on age), harassment and a failure to make reasonable adjustments cannot be justified (Equality Act 2010 ss.13, 20–21, 26); indirect discrimination only by objective justification (s.19). A policy found to risk them cannot end in "no major change", nor "continue" unless justification is possible.',
  hint: 'Remove the risk (residual severity "none") and choose "adjust", or stop the policy. For indirect discrimination, "continue" needs the objective justification.',
  messages: {
    continue: ({ impact, risk }: { impact: string; risk: string }) =>
      `The outcome is "continue", but ${impact} risks ${risk} that is not removed.`,
    noMajorChange: ({ impact, risk }: { impact: string; risk: string }) =>
      `The outcome is "no major change", but ${impact} risks ${risk} that is not removed.`,
    direct: 'direct discrimination',
    indirect: 'indirect discrimination',
    harassment: 'harassment',
    reasonable_adjustments: 'a failure to make reasonable adjustments',
  },
  evaluate: ({ assessment, impacts }, say) => {
    const kind = assessment.outcome?.kind;
    if (kind !== 'no_major_change' && kind !== 'continue') return [];
    const violations: RuleViolation[] = [];
    for (const ref of impacts) {
      const { impact, path, name } = ref;
      const risk = impact.discriminationRisk;
      if (!risk || !isAdverse(impact.direction) || impact.residualSeverity === 'none') continue;
      // Indirect (and direct age) discrimination can be justified, so only "no major change" is ruled out.
      if (kind === 'continue' && isJustifiable(ref)) continue;
      violations.push({
        message: (kind === 'continue' ? say.continue : say.noMajorChange)({ impact: name, risk: say[risk] }),
        path: `${path}.discriminationRisk`,
      });
    }
    return violations;
  },
});

function isJustifiable({ impact, characteristics }: ImpactRef): boolean {
  if (impact.discriminationRisk === 'indirect') return true;
  return impact.discriminationRisk === 'direct' && characteristics.every((c) => c === 'age');
}
