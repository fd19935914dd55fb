import type { OverdueAction } from '@eqia/core';
import { toCsv } from './csv.js';

const header = ['Assessment id', 'Assessment', 'Team', 'Action id', 'Action', 'Owner', 'Due date'];

/**
 * Every overdue action, as the annual report counts them, for a spreadsheet: the full list behind the
 * report's longest-overdue table. Dates stay ISO (YYYY-MM-DD) so a spreadsheet sorts them.
 */
export function renderOverdueActionsCsv(actions: readonly OverdueAction[]): string {
  return toCsv(
    header,
    actions.map((action) => [
      action.assessmentId,
      action.title,
      action.team,
      action.actionId,
      action.description,
      action.owner,
      action.dueDate,
    ]),
  );
}
