import { dayOf, formatDate } from '../dates.js';
import { cell, type Section, section } from '../document/blocks.js';
import { actionPlanRows, formatDue } from './action-plan.js';
import type { AssessmentReportInput } from './input.js';
import type { References } from './references.js';

export function actionPlanSection(
  { assessment, profile, generatedAt }: AssessmentReportInput,
  refs: References,
): Section {
  const rows = actionPlanRows(assessment, profile, dayOf(generatedAt), refs);
  return section('actions', 'Action plan', [
    {
      kind: 'table',
      caption: `Actions, with their status on ${formatDate(dayOf(generatedAt))}`,
      columns: ['Action', 'Addresses', 'Owner', 'Due', 'Measure of success', 'Status'],
      rows: rows.map((row) => [
        cell(row.description),
        cell(row.addresses.join('\n') || 'General'),
        cell(row.owner || 'No owner', row.owner ? undefined : 'warning'),
        cell(formatDue(row), row.dueDate ? undefined : 'warning'),
        cell(row.measure || 'Not set', row.measure ? undefined : 'warning'),
        cell(
          [row.overdue ? `${row.status} (overdue)` : row.status, row.latestNote].filter(Boolean).join('\n'),
          row.overdue ? 'negative' : undefined,
        ),
      ]),
      rowHeaders: true,
      empty: 'No actions recorded.',
    },
  ]);
}
