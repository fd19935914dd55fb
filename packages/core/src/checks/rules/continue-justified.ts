import type { Rule, RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

const parts = [
  ['legitimateAim', 'the legitimate aim is'],
  ['alternativesConsidered', 'the less harmful alternatives considered are'],
  ['proportionality', 'why the means are proportionate is'],
] as const;

export const continueJustified: Rule = {
  id: 'continue-justified',
  title: '"Continue despite adverse impact" is objectively justified',
  defaultSeverity: 'error',
  section: 'outcome',
  scope: 'full_assessment',
  why: 'Continuing with an adverse impact is lawful only when objectively justified: a legitimate aim, no less discriminatory way to achieve it, and proportionate means (Equality Act 2010 s.19(2)(d); EHRC outcome 3).',
  hint: 'State the legitimate aim, the alternatives considered and why they were rejected, and why the means are proportionate.',
  evaluate: ({ assessment }) => {
    const { outcome } = assessment;
    if (outcome?.kind !== 'continue') return [];
    const violations: RuleViolation[] = [];
    for (const [field, words] of parts) {
      if (isBlank(outcome[field])) {
        violations.push({
          message: `The outcome is "continue", but ${words} not stated.`,
          path: `outcome.${field}`,
        });
      }
    }
    return violations;
  },
};
