import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const actionComplete = defineRule({
  id: 'action-complete',
  title: 'Every action has an owner, a due date and a measure',
  defaultSeverity: 'error',
  section: 'actions',
  scope: 'all',
  why: 'The duty is continuing (Brown principle 5; Bridges): an action without an owner, a date and a measure of success cannot be monitored, so the mitigation it promises cannot be relied on.',
  hint: 'Name who is responsible, when it will be done, and how you will know it worked.',
  messages: {
    incomplete: ({ action, missing }: { action: string; missing: string }) =>
      `Action "${action}" is missing ${missing}.`,
    owner: 'an owner',
    dueDate: 'a due date',
    measure: 'a measure of success',
  },
  evaluate: ({ assessment, list }, say) => {
    const violations: RuleViolation[] = [];
    assessment.actions.forEach((action, index) => {
      if (action.status === 'dropped') return;
      const missing = [
        isBlank(action.owner) && say.owner,
        !action.dueDate && say.dueDate,
        isBlank(action.measure) && say.measure,
      ].filter((part): part is string => typeof part === 'string');
      if (missing.length > 0) {
        violations.push({
          message: say.incomplete({ action: action.id, missing: list(missing) }),
          path: `actions.${index}`,
        });
      }
    });
    return violations;
  },
});
