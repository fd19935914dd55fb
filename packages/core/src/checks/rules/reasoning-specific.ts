import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank, wordCount } from '../text.js';

/** Fewer words than this cannot say what the policy does and why a group is unaffected. */
const MINIMUM_WORDS = 8;

export const reasoningSpecific = defineRule({
  id: 'reasoning-specific',
  title: 'Reasoning is specific enough to show substance',
  defaultSeverity: 'warning',
  section: 'analysis',
  scope: 'all',
  why: 'Due regard is exercised in substance, not as box-ticking (Brown principle 3); a one-line "not relevant" does not show the question was pondered (Brown principle 6).',
  hint: `Write at least ${MINIMUM_WORDS} words saying what in the policy could touch this group and why it does not.`,
  messages: {
    tooShort: ({ characteristic }: { characteristic: string }) =>
      `The reasoning for ${characteristic} is too short to show how it was considered.`,
  },
  evaluate: ({ assessment, characteristics, characteristicLabel, screenedOut }, say) => {
    const violations: RuleViolation[] = [];
    for (const { id } of characteristics) {
      // A screening-out rests on its screening reasons; a full assessment on its "no impact" reasoning.
      const [text, path] = screenedOut
        ? [assessment.screening.answers[id]?.reason, `screening.answers.${id}.reason`]
        : assessment.analysis[id]?.status === 'no_impact'
          ? [assessment.analysis[id]?.reasoning, `analysis.${id}.reasoning`]
          : [undefined, ''];
      if (text === undefined || isBlank(text) || wordCount(text) >= MINIMUM_WORDS) continue;
      violations.push({
        message: say.tooShort({ characteristic: characteristicLabel(id) }),
        path,
      });
    }
    return violations;
  },
});
