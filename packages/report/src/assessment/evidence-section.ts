import { label } from '@eqia/core';
import { formatDate } from '../dates.js';
import { cell, linkable, type Section, section } from '../document/blocks.js';
import { characteristicLabel, listOf } from '../labels.js';
import type { AssessmentReportInput } from './input.js';
import type { References } from './references.js';

export function evidenceSection({ assessment, profile }: AssessmentReportInput, refs: References): Section {
  const { items, gaps } = assessment.evidence;
  const characteristics = (ids: string[]) =>
    listOf(
      ids.map((id) => characteristicLabel(profile, id)),
      'All',
    );
  return section('evidence', 'Evidence and data gaps', [
    {
      kind: 'table',
      caption: 'Evidence considered',
      columns: ['Evidence', 'Kind', 'Source', 'Date', 'Characteristics', 'What it shows', 'Its limits'],
      rows: items.map((item) => [
        cell(item.title),
        cell(label('evidenceKind', item.kind)),
        {
          ...cell(item.source || (item.url ? '' : 'Not recorded')),
          ...(linkable(item.url) ? { links: [{ text: item.url, href: item.url }] } : {}),
        },
        cell(item.date ? formatDate(item.date) : 'Undated'),
        cell(characteristics(item.characteristics)),
        cell(item.summary),
        cell(item.limitations || 'Not stated', item.limitations ? undefined : 'muted'),
      ]),
      rowHeaders: true,
      empty: 'No evidence recorded.',
    },
    {
      kind: 'table',
      caption: 'Data gaps: what is not known, and how it will be found out',
      columns: ['Gap', 'Characteristics', 'Actions to fill it'],
      rows: gaps.map((gap) => [
        cell(gap.description),
        cell(characteristics(gap.characteristics)),
        cell(
          gap.actionIds.length ? gap.actionIds.map(refs.action).join('\n') : 'No action yet',
          gap.actionIds.length ? undefined : 'warning',
        ),
      ]),
      rowHeaders: true,
      empty: 'No data gaps recorded.',
    },
    // Each comparison with a census baseline in full, after the lists: its heading starts a subsection.
    ...items.flatMap((item) =>
      item.disparity
        ? [{ kind: 'disparity' as const, id: `evidence-${item.id}`, analysis: item.disparity }]
        : [],
    ),
  ]);
}
