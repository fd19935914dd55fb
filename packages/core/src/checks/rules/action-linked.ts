import { defineRule, type RuleViolation } from '../rule.js';

export const actionLinked = defineRule({
  id: 'action-linked',
  title: 'Every action is linked to the impact or gap it addresses',
  defaultSeverity: 'warning',
  section: 'actions',
  scope: 'all',
  why: 'The record must show how each adverse impact and each unknown will be dealt with (Brown principle 6); an action tied to nothing cannot show which impact it mitigates.',
  hint: 'Link the action to the impacts it mitigates or the data gaps it fills.',
  messages: {
    unlinked: ({ action }: { action: string }) =>
      `Action "${action}" is not linked to any impact or data gap.`,
  },
  evaluate: ({ assessment, impacts }, say) => {
    const referenced = new Set([
      ...impacts.flatMap(({ impact }) => impact.actionIds),
      ...assessment.evidence.gaps.flatMap((gap) => gap.actionIds),
    ]);
    const violations: RuleViolation[] = [];
    assessment.actions.forEach((action, index) => {
      if (action.impactIds.length > 0 || action.gapIds.length > 0 || referenced.has(action.id)) return;
      violations.push({
        message: say.unlinked({ action: action.id }),
        path: `actions.${index}.impactIds`,
      });
    });
    return violations;
  },
});
