import type { Rule } from '../rule.js';

export const decisionDateSet: Rule = {
  id: 'decision-date-set',
  title: 'The decision date is recorded',
  defaultSeverity: 'warning',
  section: 'decision',
  scope: 'all',
  why: 'Due regard must be paid before and at the time of the decision (Brown principle 2); without the date the record cannot show it.',
  hint: 'Record the date the decision is (or will be) taken, e.g. the board meeting.',
  evaluate: ({ assessment }) =>
    assessment.decision.date
      ? []
      : [{ message: 'The date of the decision is not recorded.', path: 'decision.date' }],
};
