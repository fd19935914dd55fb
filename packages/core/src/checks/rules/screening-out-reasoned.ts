import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const screeningOutReasoned = defineRule({
  id: 'screening-out-reasoned',
  title: 'A screening-out gives a reason for every characteristic',
  defaultSeverity: 'error',
  section: 'screening',
  scope: 'screening_out',
  why: 'Deciding that no full assessment is needed is itself a decision under the duty; it must be reasoned for each characteristic, with an open mind (Brown principle 3), and the authority must find out what it does not know (Bridges).',
  hint: 'For each characteristic, answer "not relevant" with a specific reason, or "relevant" weighing its likely impact (see relevance-not-adverse). If any is unsure, find out or do a full assessment.',
  messages: {
    noRationale: 'The screening-out has no overall rationale.',
    noAnswer: ({ characteristic }: { characteristic: string }) =>
      `${characteristic} has no screening answer.`,
    unsure: ({ characteristic }: { characteristic: string }) =>
      `${characteristic} is marked unsure: find out, or do a full assessment.`,
    noReason: ({ characteristic }: { characteristic: string }) =>
      `${characteristic} is marked not relevant without a reason.`,
  },
  evaluate: ({ assessment, characteristics, characteristicLabel }, say) => {
    const { answers, decision } = assessment.screening;
    const violations: RuleViolation[] = [];
    if (isBlank(decision?.rationale)) {
      violations.push({
        message: say.noRationale,
        path: 'screening.decision.rationale',
      });
    }
    for (const { id } of characteristics) {
      const characteristic = characteristicLabel(id);
      const answer = answers[id];
      const path = `screening.answers.${id}`;
      if (!answer) {
        violations.push({ message: say.noAnswer({ characteristic }), path });
      } else if (answer.relevance === 'unsure') {
        violations.push({
          message: say.unsure({ characteristic }),
          path: `${path}.relevance`,
        });
      } else if (answer.relevance === 'no' && isBlank(answer.reason)) {
        violations.push({
          message: say.noReason({ characteristic }),
          path: `${path}.reason`,
        });
      }
    }
    return violations;
  },
});
