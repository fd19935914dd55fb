import type { BudgetResult } from './budgets.js';
import type { Measurement } from './results.js';

type Row = Measurement & { ratio?: number | undefined };

const figure = (value: number, unit: string) =>
  unit === '×' ? `${value.toFixed(2)}×` : `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ${unit}`;

/** The readable report: every figure with its ratio to its baseline, then each budget with PASS or FAIL. */
export function formatTable(
  rows: Row[],
  budgets: BudgetResult[],
  machine: { cpu: string; cores: number; node: string; loadAverage: { before?: number; after?: number } },
  smoke: boolean,
): string {
  const measured = rows.map((row) => [
    row.label,
    figure(row.value, row.unit),
    String(row.runs),
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}× ${row.baseline}`,
  ]);
  const judged = budgets.map((budget) => [
    budget.label,
    figure(budget.actual, budget.unit),
    `${budget.atLeast ? '≥' : '≤'} ${figure(budget.limit, budget.unit)}`,
    budget.pass ? 'PASS' : smoke ? 'fail (smoke: not checked)' : 'FAIL',
  ]);
  return [
    `\n${machine.cpu}, ${machine.cores} cores, node ${machine.node}, load ${machine.loadAverage.before?.toFixed(2)} → ${machine.loadAverage.after?.toFixed(2)}${smoke ? ' — SMOKE: tiny sizes, figures not meaningful' : ''}`,
    '',
    grid(['Benchmark (median)', 'Time', 'Runs', 'Ratio'], measured),
    '',
    grid(['Budget', 'Actual', 'Limit', 'Result'], judged),
  ].join('\n');
}

function grid(head: string[], body: string[][]): string {
  const widths = head.map((title, column) =>
    Math.max(title.length, ...body.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}
