import type { Rule, RuleViolation } from '../rule.js';
import { isBlank, listInWords } from '../text.js';

export const actionComplete: Rule = {
  id: 'action-complete',
  title: 'Every action has an owner, a due date and a measure',
  defaultSeverity: 'error',
  section: 'actions',
  scope: 'all',
  why: 'The duty is continuing (Brown principle 5; Bridges): an action without an owner, a date and a measure of success cannot be monitored, so the mitigation it promises cannot be relied on.',
  hint: 'Name who is responsible, when it will be done, and how you will know it worked.',
  evaluate: ({ assessment }) => {
    const violations: RuleViolation[] = [];
    assessment.actions.forEach((action, index) => {
      if (action.status === 'dropped') return;
      const missing = [
        isBlank(action.owner) && 'an owner',
        !action.dueDate && 'a due date',
        isBlank(action.measure) && 'a measure of success',
      ].filter((part): part is string => typeof part === 'string');
      if (missing.length > 0) {
        violations.push({
          message: `Action "${action.id}" is missing ${listInWords(missing)}.`,
          path: `actions.${index}`,
        });
      }
    });
    return violations;
  },
};
