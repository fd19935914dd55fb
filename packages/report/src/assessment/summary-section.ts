import { impactLabel, inSentence, label, outcomeDescription } from '@eqia/core';
import { formatDate } from '../dates.js';
import { type Block, type Fact, paragraph, prose, type Section, section } from '../document/blocks.js';
import { audienceLabel, impactRank } from '../labels.js';
import type { AssessmentReportInput } from './input.js';
import { namedImpacts } from './references.js';
import { lapsedReview } from './status-section.js';

/** Text ending in one full stop, however the author ended it. */
const sentence = (text: string) => (text.trim() ? `${text.trim().replace(/[.\s]+$/, '')}.` : '');

/** How many negative impacts the summary names; the analysis has them all. */
const mainImpacts = 5;

/**
 * What someone who reads nothing else needs: the author's plain-English summary, the decision, the outcome, the worst negative impacts with their mitigation, and the review.
 */
export function summarySection(input: AssessmentReportInput): Section {
  const { assessment, profile } = input;
  const { decision, outcome, monitoring } = assessment;
  const lapsed = lapsedReview(input);
  const decided = decision.date
    ? `${[decision.maker || 'The decision maker', decision.makerRole].filter(Boolean).join(', ')}, on ${formatDate(decision.date)}`
    : 'Not yet decided';
  const review = monitoring.nextReviewDate
    ? lapsed
      ? `Overdue: it was due by ${formatDate(lapsed)}`
      : `By ${formatDate(monitoring.nextReviewDate)}`
    : 'No review date set';
  const facts: Fact[] = [
    { term: 'Decision', value: decided },
    {
      term: 'Outcome',
      value: outcome
        ? `${label('outcomeKind', outcome.kind)}: ${inSentence(outcomeDescription(outcome.kind))}`
        : 'No outcome chosen yet',
    },
    { term: 'Next review', value: review },
  ];
  const negatives = namedImpacts(assessment, profile)
    .filter(({ impact }) => impact.direction === 'negative')
    .sort((a, b) => impactRank('negative', a.impact.severity) - impactRank('negative', b.impact.severity));
  const impacts: Block[] = negatives.length
    ? [
        paragraph(
          negatives.length > mainImpacts
            ? `The ${mainImpacts} most serious of ${negatives.length} negative impacts, and how each is mitigated (the analysis has them all):`
            : 'Negative impacts found, and how each is mitigated:',
        ),
        {
          kind: 'list',
          items: negatives
            .slice(0, mainImpacts)
            .map(({ impact, subject }) => [
              `${subject}: ${impactLabel(impact.direction, impact.severity)} for ${audienceLabel(profile, impact.audience, assessment.policy.otherGroups)}. ` +
                `Mitigation: ${sentence(impact.mitigation) || 'none recorded.'}` +
                (impact.residualSeverity
                  ? ` Residual impact: ${label('residualSeverity', impact.residualSeverity)}.`
                  : ''),
            ]),
        },
      ]
    : [paragraph('No negative impacts were found.')];
  return section('summary', 'Summary', [
    prose(assessment.policy.summary, 'No plain-English summary has been written yet.'),
    { kind: 'facts', facts },
    ...impacts,
  ]);
}
