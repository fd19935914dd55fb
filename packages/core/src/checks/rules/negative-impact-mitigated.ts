import { isAdverse } from '../../adverse.js';
import { defineRule, type RuleViolation } from '../rule.js';
import { capitalise, isBlank } from '../text.js';

export const negativeImpactMitigated = defineRule({
  id: 'negative-impact-mitigated',
  title: 'Every negative impact is mitigated or justified',
  defaultSeverity: 'error',
  section: 'analysis',
  scope: 'full_assessment',
  why: 'The risk and extent of adverse impact, and how it may be eliminated, must be assessed before the policy is adopted (Bracking para 26(4)); harm left in place is lawful only with objective justification (EHRC outcome "continue").',
  hint: 'Describe how the impact will be removed or reduced; or, if the outcome is "continue", justify why it remains.',
  messages: {
    unjustified: ({ impact }: { impact: string }) =>
      `${impact} has neither mitigation nor a justification for continuing.`,
    unmitigated: ({ impact }: { impact: string }) => `${impact} is negative and has no mitigation.`,
  },
  evaluate: ({ assessment, impacts }, say) => {
    const continuing = assessment.outcome?.kind === 'continue';
    const violations: RuleViolation[] = [];
    for (const { impact, path, name } of impacts) {
      if (!isAdverse(impact.direction) || !isBlank(impact.mitigation)) continue;
      if (continuing && !isBlank(impact.justification)) continue;
      violations.push({
        message: continuing
          ? capitalise(say.unjustified({ impact: name }))
          : capitalise(say.unmitigated({ impact: name })),
        path: `${path}.mitigation`,
      });
    }
    return violations;
  },
});
