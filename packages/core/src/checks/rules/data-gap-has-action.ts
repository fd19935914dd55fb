import type { Rule, RuleViolation } from '../rule.js';

export const dataGapHasAction: Rule = {
  id: 'data-gap-has-action',
  title: 'Every data gap has an action to fill it',
  defaultSeverity: 'error',
  section: 'evidence',
  scope: 'all',
  why: 'The duty includes taking reasonable steps to find out what is not yet known about a policy’s impact (Bridges, 2020; Hurley and Moore): a gap noted and left is not due regard.',
  hint: 'Link the gap to an action (not dropped) that will collect the missing information, with an owner and date.',
  evaluate: ({ assessment, hasLiveAction }) => {
    const violations: RuleViolation[] = [];
    assessment.evidence.gaps.forEach((gap, index) => {
      if (!hasLiveAction({ kind: 'gap', gap })) {
        violations.push({
          message: `Data gap "${gap.id}" has no action to fill it.`,
          path: `evidence.gaps.${index}.actionIds`,
        });
      }
    });
    return violations;
  },
};
