import { defineRule, type RuleViolation } from '../rule.js';
import { capitalise } from '../text.js';

export const impactEvidenced = defineRule({
  id: 'impact-evidenced',
  title: 'Positive and negative impacts cite evidence',
  defaultSeverity: 'warning',
  section: 'analysis',
  scope: 'full_assessment',
  why: 'Due regard must be exercised with rigour and on a proper evidential basis (Brown principle 3; Hurley and Moore): an impact nobody can trace to evidence is an assertion.',
  hint: 'Link the evidence the impact rests on; if there is none, record a data gap and make the impact "unknown".',
  messages: {
    noEvidence: ({ impact }: { impact: string }) => `${impact} cites no evidence.`,
  },
  evaluate: ({ impacts }, say) => {
    const violations: RuleViolation[] = [];
    for (const { impact, path, name } of impacts) {
      if (
        impact.direction !== 'neutral' &&
        impact.direction !== 'unknown' &&
        impact.evidenceIds.length === 0
      ) {
        violations.push({
          message: capitalise(say.noEvidence({ impact: name })),
          path: `${path}.evidenceIds`,
        });
      }
    }
    return violations;
  },
});
