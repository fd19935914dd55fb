import type { Assessment } from '../../schema/assessment.js';
import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const evidenceStrengthStated = defineRule({
  id: 'evidence-strength-stated',
  title: 'Evidence relied on states its limits',
  defaultSeverity: 'warning',
  section: 'evidence',
  scope: 'all',
  why: 'Rigour (Brown principle 3) means weighing evidence, not only listing it: a conclusion resting on a survey of twelve people, an anecdote or data that leave out a group is only as strong as that evidence, and the decision maker must be able to see so (Bracking).',
  hint: 'For each item a conclusion cites, say its limits: sample size, whether it is anecdotal, how old it is, the places or people it does not cover.',
  messages: {
    limitsUnstated: ({ title }: { title: string }) =>
      `Evidence "${title}" supports a conclusion, but its limits (sample size, age, who it leaves out) are not stated.`,
  },
  evaluate: ({ assessment }, say) => {
    const cited = citedEvidence(assessment);
    const violations: RuleViolation[] = [];
    assessment.evidence.items.forEach((item, index) => {
      if (cited.has(item.id) && isBlank(item.limitations)) {
        violations.push({
          message: say.limitsUnstated({ title: item.title }),
          path: `evidence.items.${index}.limitations`,
        });
      }
    });
    return violations;
  },
});

/** The evidence a conclusion rests on: cited by the screening, an analysis or an impact. */
function citedEvidence(assessment: Assessment): Set<string> {
  const analyses = Object.values(assessment.analysis);
  return new Set([
    ...assessment.screening.evidenceIds,
    ...analyses.flatMap((analysis) => analysis.evidenceIds),
    ...analyses.flatMap((analysis) => analysis.impacts.flatMap((impact) => impact.evidenceIds)),
    ...assessment.intersectionality.impacts.flatMap((impact) => impact.evidenceIds),
  ]);
}
