import { inSentence } from '@eqia/core';
import { type Block, type Fact, paragraph, prose, type Section, section } from '../document/blocks.js';
import { audienceLabel, impactRank } from '../labels.js';
import type { AssessmentContext } from './input.js';
import { namedImpacts } from './references.js';
import { lapsedReview } from './status-section.js';

/** Text ending in one full stop, however the author ended it. */
const sentence = (text: string) => (text.trim() ? `${text.trim().replace(/[.\s]+$/, '')}.` : '');

/** How many negative impacts the summary names; the analysis has them all. */
const mainImpacts = 5;

/**
 * What someone who reads nothing else needs: the author's plain-English summary, the decision, the outcome, the worst negative impacts with their mitigation, and the review.
 */
export function summarySection(input: AssessmentContext): Section {
  const { assessment, profile, lang } = input;
  const words = lang.words.assessment.summary;
  const { decision, outcome, monitoring } = assessment;
  const lapsed = lapsedReview(input);
  const decided = decision.date
    ? words.decidedOn({
        who: [decision.maker || words.decisionMaker, decision.makerRole].filter(Boolean).join(', '),
        date: lang.date(decision.date),
      })
    : words.notDecided;
  const review = monitoring.nextReviewDate
    ? lapsed
      ? words.overdue({ date: lang.date(lapsed) })
      : words.by({ date: lang.date(monitoring.nextReviewDate) })
    : words.noReviewDate;
  const facts: Fact[] = [
    { term: words.decision, value: decided },
    {
      term: words.outcome,
      value: outcome
        ? `${lang.label('outcomeKind', outcome.kind)}: ${inSentence(lang.outcomeDescription(outcome.kind))}`
        : words.noOutcome,
    },
    { term: words.nextReview, value: review },
  ];
  const negatives = namedImpacts(assessment, profile, lang)
    .filter(({ impact }) => impact.direction === 'negative')
    .sort((a, b) => impactRank('negative', a.impact.severity) - impactRank('negative', b.impact.severity));
  const impacts: Block[] = negatives.length
    ? [
        paragraph(
          negatives.length > mainImpacts
            ? words.mostSerious({ shown: mainImpacts, total: negatives.length })
            : words.negatives,
        ),
        {
          kind: 'list',
          items: negatives.slice(0, mainImpacts).map(({ impact, subject }) => [
            words.impact({
              subject,
              impact: lang.impactLabel(impact.direction, impact.severity),
              audience: audienceLabel(profile, impact.audience, assessment.policy.otherGroups),
            }) +
              words.mitigation({ text: sentence(impact.mitigation) || words.noMitigation }) +
              (impact.residualSeverity
                ? words.residual({ severity: lang.label('residualSeverity', impact.residualSeverity) })
                : ''),
          ]),
        },
      ]
    : [paragraph(words.noNegatives)];
  return section('summary', words.heading, [
    prose(assessment.policy.summary, words.noSummary),
    { kind: 'facts', facts },
    ...impacts,
  ]);
}
