import type { Measurement } from './results.js';

/** A limit on a figure, or on the ratio of a figure to a baseline (docs/performance.md says why each). */
export interface Budget {
  label: string;
  measurement: string;
  /** Compare with this measurement's value (a ratio) instead of an absolute limit. */
  over?: string;
  limit: number;
  unit: 'ms' | 'MB' | 'KB' | '×';
  /** The figure must reach the limit rather than stay under it (throughput). */
  atLeast?: boolean;
}

export interface BudgetResult extends Budget {
  actual: number;
  pass: boolean;
}

/** The budgets of a `--large` run (not in CI): the whole-store reads at organisation scale. */
export function largeBudgetsFor(large: number): Budget[] {
  return [
    {
      label: `list (listings) with a negative impact on disability at ${large}`,
      measurement: `filter-${large}`,
      limit: 200,
      unit: 'ms',
    },
    { label: `check of the whole store of ${large}`, measurement: 'check-all', limit: 3000, unit: 'ms' },
    { label: `annual report over ${large}`, measurement: 'annual-report', limit: 3000, unit: 'ms' },
  ];
}

/** The budgets of a `--pg` run: the PostgreSQL store against raw pg doing the same, measured in turns. */
export function postgresBudgetsFor(large: number): Budget[] {
  return [
    {
      label: `save one edit at ${large} vs the raw pg peer (median)`,
      measurement: 'pg-save',
      over: 'pg-raw-save',
      limit: 1.3,
      unit: '×',
    },
    {
      label: 'save one edit vs the raw pg peer (95th percentile)',
      measurement: 'pg-save-p95',
      over: 'pg-raw-save-p95',
      limit: 1.5,
      unit: '×',
    },
    {
      label: '8 writing processes: saves per second vs 8 raw peers',
      measurement: 'pg-writers',
      over: 'pg-raw-writers',
      limit: 0.6,
      unit: '×',
      atLeast: true,
    },
    {
      label: `filtered list at ${large} vs the raw indexed SELECT`,
      measurement: 'pg-filter',
      over: 'pg-raw-filter',
      limit: 1.2,
      unit: '×',
    },
  ];
}

/** The sizes are the full ones; smoke runs report budgets but never fail on them. */
export function budgetsFor(sizes: { small: number; medium: number; large: number }): Budget[] {
  const { small, large } = sizes;
  return [
    {
      label: `save one edit at ${large} vs at ${small}`,
      measurement: `save-${large}`,
      over: `save-${small}`,
      limit: 1.5,
      unit: '×',
    },
    {
      label: `save one edit at ${large} vs the bare durable write`,
      measurement: `save-${large}`,
      over: 'bare-write',
      limit: 1,
      unit: '×',
    },
    {
      label: "the store's transaction vs raw better-sqlite3 writing the same rows",
      measurement: 'store-transaction',
      over: 'raw-transaction',
      limit: 1.2,
      unit: '×',
    },
    {
      label: 'eqia --version vs bare node start',
      measurement: 'version',
      over: 'node',
      limit: 2.5,
      unit: '×',
    },
    { label: `eqia list --json at ${large}`, measurement: 'list-json', limit: 150, unit: 'ms' },
    { label: "wizard's first frame", measurement: 'wizard-frame', limit: 700, unit: 'ms' },
    { label: 'check of one assessment (median)', measurement: 'check-one', limit: 1, unit: 'ms' },
    { label: `check of the whole store of ${large}`, measurement: 'check-all', limit: 3000, unit: 'ms' },
    { label: `annual report over ${large}`, measurement: 'annual-report', limit: 2000, unit: 'ms' },
    { label: 'replay of 1,000 events', measurement: 'replay', limit: 50, unit: 'ms' },
    { label: `peak memory of list at ${large}`, measurement: 'list-memory', limit: 250, unit: 'MB' },
    {
      label: 'a browser page with core, report and the SDK, minified and gzipped',
      measurement: 'browser-bundle',
      limit: 100,
      unit: 'KB',
    },
  ];
}

export function judge(budgets: Budget[], measurements: Measurement[]): BudgetResult[] {
  const value = (id: string) =>
    measurements.find((measurement) => measurement.id === id)?.value ?? Number.NaN;
  return budgets.map((budget) => {
    const actual = budget.over ? value(budget.measurement) / value(budget.over) : value(budget.measurement);
    return { ...budget, actual, pass: budget.atLeast ? actual >= budget.limit : actual <= budget.limit };
  });
}
