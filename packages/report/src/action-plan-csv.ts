import {
  type Assessment,
  defaultProfile,
  type Frozen,
  type IsoDate,
  type Profile,
  schemaTyped,
} from '@eqia/core';
import { actionPlanRows } from './assessment/action-plan.js';
import { toCsv } from './csv.js';

const header = [
  'Assessment',
  'Action id',
  'Action',
  'Addresses',
  'Owner',
  'Due date',
  'Measure of success',
  'Status',
  'Overdue',
  'Latest note',
];

/**
 * The action plan as CSV for a spreadsheet or a tracker: RFC 4180, and safe to open (cells that would
 * start a formula are neutralised). Dates stay ISO (YYYY-MM-DD) so a spreadsheet sorts them.
 * Give `today` to fill the Overdue column (empty without it), and the profile for audience labels.
 */
export function renderActionPlanCsv(
  assessment: Frozen<Assessment>,
  options: { profile?: Frozen<Profile>; today?: IsoDate } = {},
): string {
  const rows = actionPlanRows(
    schemaTyped<Assessment>(assessment),
    schemaTyped<Profile>(options.profile ?? defaultProfile),
    options.today,
  );
  return toCsv(
    header,
    rows.map((row) => [
      assessment.id,
      row.id,
      row.description,
      row.addresses.join('; '),
      row.owner,
      row.dueDate,
      row.measure,
      row.status,
      options.today === undefined ? '' : row.overdue ? 'yes' : 'no',
      row.latestNote,
    ]),
  );
}
