import { formatDate } from '../dates.js';
import { cell, type Section, section } from '../document/blocks.js';
import { audienceLabel, characteristicLabel, listOf, stakeholderLabel } from '../labels.js';
import type { AssessmentReportInput } from './input.js';

export function engagementSection({ assessment, profile }: AssessmentReportInput): Section {
  return section('engagement', 'Engagement', [
    {
      kind: 'table',
      caption: 'Who was engaged, what they said, and what changed as a result',
      columns: ['Who', 'When and how', 'Characteristics', 'What they said', 'What changed'],
      rows: assessment.engagement.map((engagement) => [
        cell(
          [
            engagement.stakeholder && stakeholderLabel(profile, engagement.stakeholder) !== engagement.who
              ? `${engagement.who} (${stakeholderLabel(profile, engagement.stakeholder)})`
              : engagement.who,
            // Whose people they are: the rule that engagement reaches the people affected reads it.
            ...(engagement.audience
              ? [audienceLabel(profile, engagement.audience, assessment.policy.otherGroups)]
              : []),
          ].join('\n'),
        ),
        cell(
          [engagement.date ? formatDate(engagement.date) : 'Undated', engagement.method]
            .filter(Boolean)
            .join('\n'),
        ),
        cell(listOf(engagement.characteristics.map((id) => characteristicLabel(profile, id)))),
        cell(engagement.whatTheySaid),
        cell(engagement.whatChanged || 'Nothing recorded'),
      ]),
      rowHeaders: true,
      empty: 'No engagement recorded.',
    },
  ]);
}
