import { defineRule, type RuleViolation } from '../rule.js';

export const dataGapHasAction = defineRule({
  id: 'data-gap-has-action',
  title: 'Every data gap has an action to fill it',
  defaultSeverity: 'error',
  section: 'evidence',
  scope: 'all',
  why: 'The duty includes taking reasonable steps to find out what is not yet known about a policy’s impact (Bridges, 2020; Hurley and Moore): a gap noted and left is not due regard.',
  hint: 'Link the gap to an action (not dropped) that will collect the missing information, with an owner and date.',
  messages: {
    noAction: ({ gap }: { gap: string }) => `Data gap "${gap}" has no action to fill it.`,
  },
  evaluate: ({ assessment, hasLiveAction }, say) => {
    const violations: RuleViolation[] = [];
    assessment.evidence.gaps.forEach((gap, index) => {
      if (!hasLiveAction({ kind: 'gap', gap })) {
        violations.push({
          message: say.noAction({ gap: gap.id }),
          path: `evidence.gaps.${index}.actionIds`,
        });
      }
    });
    return violations;
  },
});
