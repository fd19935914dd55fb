import { formatDate, formatDateTime } from '../dates.js';
import { type Block, prose, type Section, section } from '../document/blocks.js';
import { signerLabel, userLabel } from '../labels.js';
import type { AssessmentReportInput } from './input.js';
import { lapsedReview } from './status-section.js';

export function monitoringSection(input: AssessmentReportInput): Section {
  const { assessment, profile } = input;
  const { monitoring } = assessment;
  const lapsed = lapsedReview(input) ? ' (overdue)' : '';
  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        {
          term: 'Next review',
          value: monitoring.nextReviewDate ? `${formatDate(monitoring.nextReviewDate)}${lapsed}` : 'Not set',
        },
        { term: 'Review interval', value: `Every ${profile.reviewIntervalMonths} months at most` },
      ],
    },
    section('monitoring-arrangements', 'How it will be monitored', [prose(monitoring.arrangements)]),
    section('monitoring-post-implementation', 'Post-implementation review', [
      prose(monitoring.postImplementationReview, 'Not yet carried out.'),
    ]),
  ];
  if (monitoring.notes.length > 0 || monitoring.reaffirmations.length > 0) {
    blocks.push(
      section('monitoring-notes', 'Since sign-off', [
        {
          kind: 'list',
          items: [
            ...monitoring.notes.map((note) => [
              `${formatDateTime(note.at)}, ${userLabel(profile, note.by)}: ${note.note}`,
            ]),
            ...monitoring.reaffirmations.map((reaffirmation) => [
              `${formatDateTime(reaffirmation.at)}, ${signerLabel(profile, reaffirmation)} reaffirmed the assessment; next review ${formatDate(reaffirmation.nextReviewDate)}.${reaffirmation.note ? ` ${reaffirmation.note}` : ''}`,
            ]),
          ],
        },
      ]),
    );
  }
  return section('monitoring', 'Monitoring and review', blocks);
}
