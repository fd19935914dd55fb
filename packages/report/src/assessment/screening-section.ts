import { inSentence, profileCharacteristics } from '@eqia/core';
import { cell, prose, type Section, section } from '../document/blocks.js';
import { userLabel } from '../labels.js';
import type { AssessmentContext } from './input.js';

export function screeningSection({ assessment, profile, lang }: AssessmentContext): Section {
  const words = lang.words.assessment.screening;
  const { answers, decision, evidenceIds, related } = assessment.screening;
  const titleOf = (id: string) => assessment.evidence.items.find((item) => item.id === id)?.title ?? id;
  const rows = profileCharacteristics(profile).map((characteristic) => {
    const answer = answers[characteristic.id];
    return [
      cell(lang.characteristic(characteristic).label),
      answer
        ? cell(
            answer.likelyImpact
              ? `${lang.label('relevance', answer.relevance)}: ${inSentence(lang.label('likelyImpact', answer.likelyImpact))}`
              : lang.label('relevance', answer.relevance),
            answer.relevance === 'no' ? 'muted' : undefined,
          )
        : cell(words.notAnswered, 'muted'),
      cell(answer?.reason ?? ''),
    ];
  });
  return section('screening', words.heading, [
    {
      kind: 'table',
      caption: words.caption,
      columns: words.columns,
      rows,
      rowHeaders: true,
      empty: lang.words.assessment.grid.noCharacteristics,
    },
    decision
      ? {
          kind: 'facts',
          facts: [
            { term: words.decision, value: lang.label('screeningDecision', decision.kind) },
            {
              term: words.decidedBy,
              value: `${userLabel(profile, decision.decidedBy)}, ${lang.dateTime(decision.decidedAt)}`,
            },
          ],
        }
      : { kind: 'paragraph', content: [words.noDecision], tone: 'muted' },
    ...(decision ? [prose(decision.rationale, words.noRationale)] : []),
    ...(evidenceIds.length || related.length
      ? [
          {
            kind: 'facts' as const,
            facts: [
              ...(evidenceIds.length
                ? [{ term: words.evidence, value: evidenceIds.map(titleOf).join('; ') }]
                : []),
              ...related.map((entry) => ({
                term: words.reliesOn,
                value: [entry.title, entry.reference, entry.covers].filter(Boolean).join(' — '),
              })),
            ],
          },
        ]
      : []),
  ]);
}
