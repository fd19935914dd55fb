import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const relevanceNotAdverse = defineRule({
  id: 'relevance-not-adverse',
  title: 'Relevant is weighed apart from likely adverse impact',
  defaultSeverity: 'error',
  section: 'screening',
  scope: 'screening_out',
  why: 'How much regard is due depends on the relevance and the likely impact (Baker; the Equality Commission NI’s screening outcomes: major, minor, none). A characteristic relevant only through a positive or minor, mitigated impact does not by itself call for a full assessment; a likely major adverse impact does.',
  hint: 'For each relevant characteristic, say whether its likely impact is major adverse, minor (and how it is mitigated) or positive. With a likely major adverse impact, do a full assessment.',
  messages: {
    noLikelyImpact: ({ characteristic }: { characteristic: string }) =>
      `${characteristic} is marked relevant without saying whether its likely impact is major adverse, minor or positive.`,
    major: ({ characteristic }: { characteristic: string }) =>
      `${characteristic} is likely to have a major adverse impact, so the policy cannot be screened out.`,
    noReason: ({ characteristic }: { characteristic: string }) =>
      `${characteristic} is marked relevant without a reason.`,
    noMitigation: ({ characteristic }: { characteristic: string }) =>
      `${characteristic} is marked relevant without a reason saying how the minor impact is mitigated.`,
  },
  evaluate: ({ assessment, characteristics, characteristicLabel }, say) => {
    const violations: RuleViolation[] = [];
    for (const { id } of characteristics) {
      const characteristic = characteristicLabel(id);
      const answer = assessment.screening.answers[id];
      if (answer?.relevance !== 'yes') continue;
      const path = `screening.answers.${id}`;
      if (!answer.likelyImpact) {
        violations.push({
          message: say.noLikelyImpact({ characteristic }),
          path: `${path}.likelyImpact`,
        });
      } else if (answer.likelyImpact === 'major') {
        violations.push({
          message: say.major({ characteristic }),
          path: `${path}.likelyImpact`,
        });
      } else if (isBlank(answer.reason)) {
        violations.push({
          message:
            answer.likelyImpact === 'minor'
              ? say.noMitigation({ characteristic })
              : say.noReason({ characteristic }),
          path: `${path}.reason`,
        });
      }
    }
    return violations;
  },
});
