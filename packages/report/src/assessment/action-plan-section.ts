import { cell, type Section, section } from '../document/blocks.js';
import { dayOf } from '../language/report-language.js';
import { actionPlanRows } from './action-plan.js';
import type { AssessmentContext } from './input.js';
import type { References } from './references.js';

export function actionPlanSection(
  { assessment, profile, generatedAt, lang }: AssessmentContext,
  refs: References,
): Section {
  const words = lang.words.assessment.actions;
  const rows = actionPlanRows(assessment, profile, dayOf(generatedAt), refs, lang);
  return section('actions', lang.label('sectionTitle', 'actions'), [
    {
      kind: 'table',
      caption: words.caption({ date: lang.date(dayOf(generatedAt)) }),
      columns: words.columns,
      rows: rows.map((row) => [
        cell(row.description),
        cell(row.addresses.join('\n') || words.general),
        cell(row.owner || words.noOwner, row.owner ? undefined : 'warning'),
        cell(row.dueDate ? lang.date(row.dueDate) : words.noDate, row.dueDate ? undefined : 'warning'),
        cell(row.measure || words.notSet, row.measure ? undefined : 'warning'),
        cell(
          [row.overdue ? words.overdue({ status: row.status }) : row.status, row.latestNote]
            .filter(Boolean)
            .join('\n'),
          row.overdue ? 'negative' : undefined,
        ),
      ]),
      rowHeaders: true,
      empty: words.empty,
    },
  ]);
}
