import type { Rule, RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const relevanceNotAdverse: Rule = {
  id: 'relevance-not-adverse',
  title: 'Relevant is weighed apart from likely adverse impact',
  defaultSeverity: 'error',
  section: 'screening',
  scope: 'screening_out',
  why: 'How much regard is due depends on the relevance and the likely impact (Baker; the Equality Commission NI’s screening outcomes: major, minor, none). A characteristic relevant only through a positive or minor, mitigated impact does not by itself call for a full assessment; a likely major adverse impact does.',
  hint: 'For each relevant characteristic, say whether its likely impact is major adverse, minor (and how it is mitigated) or positive. With a likely major adverse impact, do a full assessment.',
  evaluate: ({ assessment, characteristics }) => {
    const violations: RuleViolation[] = [];
    for (const { id, label } of characteristics) {
      const answer = assessment.screening.answers[id];
      if (answer?.relevance !== 'yes') continue;
      const path = `screening.answers.${id}`;
      if (!answer.likelyImpact) {
        violations.push({
          message: `${label} is marked relevant without saying whether its likely impact is major adverse, minor or positive.`,
          path: `${path}.likelyImpact`,
        });
      } else if (answer.likelyImpact === 'major') {
        violations.push({
          message: `${label} is likely to have a major adverse impact, so the policy cannot be screened out.`,
          path: `${path}.likelyImpact`,
        });
      } else if (isBlank(answer.reason)) {
        violations.push({
          message: `${label} is marked relevant without a reason${answer.likelyImpact === 'minor' ? ' saying how the minor impact is mitigated' : ''}.`,
          path: `${path}.reason`,
        });
      }
    }
    return violations;
  },
};
