import type { Rule } from '../rule.js';
import { isBlank } from '../text.js';

export const monitoringArranged: Rule = {
  id: 'monitoring-arranged',
  title: 'Monitoring arrangements are described',
  defaultSeverity: 'warning',
  section: 'monitoring',
  scope: 'full_assessment',
  why: 'The duty is continuing (Brown principle 5; Bridges): the authority must watch how the policy affects people in practice, not only predict it.',
  hint: 'Say what will be measured, by which characteristics, how often, and who looks at it.',
  evaluate: ({ assessment }) =>
    isBlank(assessment.monitoring.arrangements)
      ? [
          {
            message: 'How the policy’s effects will be monitored is not described.',
            path: 'monitoring.arrangements',
          },
        ]
      : [],
};
