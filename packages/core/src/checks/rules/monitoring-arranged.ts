import { defineRule } from '../rule.js';
import { isBlank } from '../text.js';

export const monitoringArranged = defineRule({
  id: 'monitoring-arranged',
  title: 'Monitoring arrangements are described',
  defaultSeverity: 'warning',
  section: 'monitoring',
  scope: 'full_assessment',
  why: 'The duty is continuing (Brown principle 5; Bridges): the authority must watch how the policy affects people in practice, not only predict it.',
  hint: 'Say what will be measured, by which characteristics, how often, and who looks at it.',
  messages: {
    notDescribed: 'How the policy’s effects will be monitored is not described.',
  },
  evaluate: ({ assessment }, say) =>
    isBlank(assessment.monitoring.arrangements)
      ? [{ message: say.notDescribed, path: 'monitoring.arrangements' }]
      : [],
});
