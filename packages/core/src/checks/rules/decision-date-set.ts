import { defineRule } from '../rule.js';

export const decisionDateSet = defineRule({
  id: 'decision-date-set',
  title: 'The decision date is recorded',
  defaultSeverity: 'warning',
  section: 'decision',
  scope: 'all',
  why: 'Due regard must be paid before and at the time of the decision (Brown principle 2); without the date the record cannot show it.',
  hint: 'Record the date the decision is (or will be) taken, e.g. the board meeting.',
  messages: {
    notRecorded: 'The date of the decision is not recorded.',
  },
  evaluate: ({ assessment }, say) =>
    assessment.decision.date ? [] : [{ message: say.notRecorded, path: 'decision.date' }],
});
