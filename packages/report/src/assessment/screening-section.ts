import { inSentence, label, profileCharacteristics } from '@eqia/core';
import { formatDateTime } from '../dates.js';
import { cell, prose, type Section, section } from '../document/blocks.js';
import { userLabel } from '../labels.js';
import type { AssessmentReportInput } from './input.js';

export function screeningSection({ assessment, profile }: AssessmentReportInput): Section {
  const { answers, decision, evidenceIds, related } = assessment.screening;
  const titleOf = (id: string) => assessment.evidence.items.find((item) => item.id === id)?.title ?? id;
  const rows = profileCharacteristics(profile).map((characteristic) => {
    const answer = answers[characteristic.id];
    return [
      cell(characteristic.label),
      answer
        ? cell(
            answer.likelyImpact
              ? `${label('relevance', answer.relevance)}: ${inSentence(label('likelyImpact', answer.likelyImpact))}`
              : label('relevance', answer.relevance),
            answer.relevance === 'no' ? 'muted' : undefined,
          )
        : cell('Not answered', 'muted'),
      cell(answer?.reason ?? ''),
    ];
  });
  return section('screening', 'Screening', [
    {
      kind: 'table',
      caption: 'Is the policy relevant to each characteristic?',
      columns: ['Characteristic', 'Relevance', 'Reason'],
      rows,
      rowHeaders: true,
      empty: 'No characteristics.',
    },
    decision
      ? {
          kind: 'facts',
          facts: [
            { term: 'Screening decision', value: label('screeningDecision', decision.kind) },
            {
              term: 'Decided by',
              value: `${userLabel(profile, decision.decidedBy)}, ${formatDateTime(decision.decidedAt)}`,
            },
          ],
        }
      : { kind: 'paragraph', content: ['No screening decision yet.'], tone: 'muted' },
    ...(decision ? [prose(decision.rationale, 'No rationale recorded.')] : []),
    ...(evidenceIds.length || related.length
      ? [
          {
            kind: 'facts' as const,
            facts: [
              ...(evidenceIds.length
                ? [{ term: 'Evidence relied on', value: evidenceIds.map(titleOf).join('; ') }]
                : []),
              ...related.map((entry) => ({
                term: 'Relies on',
                value: [entry.title, entry.reference, entry.covers].filter(Boolean).join(' — '),
              })),
            ],
          },
        ]
      : []),
  ]);
}
