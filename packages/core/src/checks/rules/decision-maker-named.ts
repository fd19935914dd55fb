import type { Rule } from '../rule.js';
import { isBlank } from '../text.js';

export const decisionMakerNamed: Rule = {
  id: 'decision-maker-named',
  title: 'The decision maker is named',
  defaultSeverity: 'error',
  section: 'decision',
  scope: 'all',
  why: 'The duty is personal to the decision maker and cannot be delegated (Brown principles 1 and 4); the record must show who decided.',
  hint: 'Name the person or body that takes the decision, and their role.',
  evaluate: ({ assessment }) =>
    isBlank(assessment.decision.maker) && isBlank(assessment.decision.makerRole)
      ? [{ message: 'No decision maker is recorded.', path: 'decision.maker' }]
      : [],
};
