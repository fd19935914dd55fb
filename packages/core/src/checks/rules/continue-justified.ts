import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

const parts = ['legitimateAim', 'alternativesConsidered', 'proportionality'] as const;

export const continueJustified = defineRule({
  id: 'continue-justified',
  title: '"Continue despite adverse impact" is objectively justified',
  defaultSeverity: 'error',
  section: 'outcome',
  scope: 'full_assessment',
  why: 'Continuing with an adverse impact is lawful only when objectively justified: a legitimate aim, no less discriminatory way to achieve it, and proportionate means (Equality Act 2010 s.19(2)(d); EHRC outcome 3).',
  hint: 'State the legitimate aim, the alternatives considered and why they were rejected, and why the means are proportionate.',
  messages: {
    legitimateAim: 'The outcome is "continue", but the legitimate aim is not stated.',
    alternativesConsidered:
      'The outcome is "continue", but the less harmful alternatives considered are not stated.',
    proportionality: 'The outcome is "continue", but why the means are proportionate is not stated.',
  },
  evaluate: ({ assessment }, say) => {
    const { outcome } = assessment;
    if (outcome?.kind !== 'continue') return [];
    const violations: RuleViolation[] = [];
    for (const field of parts) {
      if (isBlank(outcome[field])) {
        violations.push({
          message: say[field],
          path: `outcome.${field}`,
        });
      }
    }
    return violations;
  },
});
