import { defineRule } from '../rule.js';
import { isBlank } from '../text.js';

export const outcomeRecorded = defineRule({
  id: 'outcome-recorded',
  title: 'The outcome is chosen and explained',
  defaultSeverity: 'error',
  section: 'outcome',
  scope: 'full_assessment',
  why: 'The assessment must lead somewhere: one of the four EHRC outcomes (no major change, adjust, continue, stop), with the reasons the decision maker will rely on (Brown principle 6).',
  hint: 'Choose no major change, adjust, continue or stop, and explain why in a few sentences.',
  messages: {
    none: 'No outcome is chosen.',
    unexplained: 'The outcome is chosen but not explained.',
  },
  evaluate: ({ assessment }, say) => {
    const { outcome } = assessment;
    if (!outcome) return [{ message: say.none, path: 'outcome' }];
    return isBlank(outcome.rationale) ? [{ message: say.unexplained, path: 'outcome.rationale' }] : [];
  },
});
