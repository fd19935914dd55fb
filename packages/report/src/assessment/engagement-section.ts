import { cell, type Section, section } from '../document/blocks.js';
import { audienceLabel, stakeholderLabel } from '../labels.js';
import type { AssessmentContext } from './input.js';

export function engagementSection({ assessment, profile, lang }: AssessmentContext): Section {
  const words = lang.words.assessment.engagement;
  return section('engagement', words.heading, [
    {
      kind: 'table',
      caption: words.caption,
      columns: words.columns,
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
          [
            engagement.date ? lang.date(engagement.date) : lang.words.assessment.evidence.undated,
            engagement.method,
          ]
            .filter(Boolean)
            .join('\n'),
        ),
        cell(lang.list(engagement.characteristics.map((id) => lang.characteristicLabel(profile, id)))),
        cell(engagement.whatTheySaid),
        cell(engagement.whatChanged || words.nothingRecorded),
      ]),
      rowHeaders: true,
      empty: words.empty,
    },
  ]);
}
