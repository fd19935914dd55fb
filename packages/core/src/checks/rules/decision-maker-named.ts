import { defineRule } from '../rule.js';
import { isBlank } from '../text.js';

export const decisionMakerNamed = defineRule({
  id: 'decision-maker-named',
  title: 'The decision maker is named',
  defaultSeverity: 'error',
  section: 'decision',
  scope: 'all',
  why: 'The duty is personal to the decision maker and cannot be delegated (Brown principles 1 and 4); the record must show who decided.',
  hint: 'Name the person or body that takes the decision, and their role.',
  messages: {
    notNamed: 'No decision maker is recorded.',
  },
  evaluate: ({ assessment }, say) =>
    isBlank(assessment.decision.maker) && isBlank(assessment.decision.makerRole)
      ? [{ message: say.notNamed, path: 'decision.maker' }]
      : [],
});
