import { cell, linkable, type Section, section } from '../document/blocks.js';
import type { AssessmentContext } from './input.js';
import type { References } from './references.js';

export function evidenceSection({ assessment, profile, lang }: AssessmentContext, refs: References): Section {
  const words = lang.words.assessment.evidence;
  const { items, gaps } = assessment.evidence;
  const characteristics = (ids: string[]) =>
    lang.list(
      ids.map((id) => lang.characteristicLabel(profile, id)),
      words.all,
    );
  return section('evidence', words.heading, [
    {
      kind: 'table',
      caption: words.caption,
      columns: words.columns,
      rows: items.map((item) => [
        cell(item.title),
        cell(lang.label('evidenceKind', item.kind)),
        {
          ...cell(item.source || (item.url ? '' : lang.words.document.notRecorded)),
          ...(linkable(item.url) ? { links: [{ text: item.url, href: item.url }] } : {}),
        },
        cell(item.date ? lang.date(item.date) : words.undated),
        cell(characteristics(item.characteristics)),
        cell(item.summary),
        cell(item.limitations || words.notStated, item.limitations ? undefined : 'muted'),
      ]),
      rowHeaders: true,
      empty: words.empty,
    },
    {
      kind: 'table',
      caption: words.gapsCaption,
      columns: words.gapsColumns,
      rows: gaps.map((gap) => [
        cell(gap.description),
        cell(characteristics(gap.characteristics)),
        cell(
          gap.actionIds.length ? gap.actionIds.map(refs.action).join('\n') : words.noAction,
          gap.actionIds.length ? undefined : 'warning',
        ),
      ]),
      rowHeaders: true,
      empty: words.noGaps,
    },
    // Each comparison with a census baseline in full, after the lists: its heading starts a subsection.
    ...items.flatMap((item) =>
      item.disparity
        ? [{ kind: 'disparity' as const, id: `evidence-${item.id}`, analysis: item.disparity }]
        : [],
    ),
  ]);
}
