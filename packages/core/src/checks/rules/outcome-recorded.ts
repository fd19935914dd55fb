import type { Rule } from '../rule.js';
import { isBlank } from '../text.js';

export const outcomeRecorded: Rule = {
  id: 'outcome-recorded',
  title: 'The outcome is chosen and explained',
  defaultSeverity: 'error',
  section: 'outcome',
  scope: 'full_assessment',
  why: 'The assessment must lead somewhere: one of the four EHRC outcomes (no major change, adjust, continue, stop), with the reasons the decision maker will rely on (Brown principle 6).',
  hint: 'Choose no major change, adjust, continue or stop, and explain why in a few sentences.',
  evaluate: ({ assessment }) => {
    const { outcome } = assessment;
    if (!outcome) return [{ message: 'No outcome is chosen.', path: 'outcome' }];
    return isBlank(outcome.rationale)
      ? [{ message: 'The outcome is chosen but not explained.', path: 'outcome.rationale' }]
      : [];
  },
};
