import { type Block, prose, type Section, section } from '../document/blocks.js';
import { signerLabel, userLabel } from '../labels.js';
import type { AssessmentContext } from './input.js';
import { lapsedReview } from './status-section.js';

export function monitoringSection(input: AssessmentContext): Section {
  const { assessment, profile, lang } = input;
  const words = lang.words.assessment.monitoring;
  const { monitoring } = assessment;
  const lapsed = lapsedReview(input) ? words.overdue : '';
  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        {
          term: words.nextReview,
          value: monitoring.nextReviewDate
            ? `${lang.date(monitoring.nextReviewDate)}${lapsed}`
            : words.notSet,
        },
        { term: words.interval, value: words.every({ months: profile.reviewIntervalMonths }) },
      ],
    },
    section('monitoring-arrangements', words.arrangements, [prose(monitoring.arrangements)]),
    section('monitoring-post-implementation', words.postImplementation, [
      prose(monitoring.postImplementationReview, words.notCarriedOut),
    ]),
  ];
  if (monitoring.notes.length > 0 || monitoring.reaffirmations.length > 0) {
    blocks.push(
      section('monitoring-notes', words.since, [
        {
          kind: 'list',
          items: [
            ...monitoring.notes.map((note) => [
              `${lang.dateTime(note.at)}, ${userLabel(profile, note.by)}: ${note.note}`,
            ]),
            ...monitoring.reaffirmations.map((reaffirmation) => [
              `${words.reaffirmed({
                when: lang.dateTime(reaffirmation.at),
                name: signerLabel(profile, reaffirmation),
                date: lang.date(reaffirmation.nextReviewDate),
              })}${reaffirmation.note ? ` ${reaffirmation.note}` : ''}`,
            ]),
          ],
        },
      ]),
    );
  }
  return section('monitoring', lang.label('sectionTitle', 'monitoring'), blocks);
}
