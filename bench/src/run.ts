import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type BudgetResult, budgetsFor, judge, largeBudgetsFor, postgresBudgetsFor } from './budgets.js';
import { cacheDirectory } from './cache.js';
import { ON_OTHER_NODE, OtherNodeError, putBackAddon, runOnNode } from './other-node.js';
import type { Measurement, SuiteContext } from './results.js';
import { formatTable } from './table.js';

const usage = `Usage: pnpm bench [--check] [--smoke | --large] [--pg] [--no-build] [--node <major>]
  --check     exit 1 when a budget fails
  --smoke     tiny sizes and few runs, only to show the benchmarks run (never fails on budgets)
  --large     the whole-store reads at 100,000 assessments (not in CI: builds an 8 GB store once)
  --pg        the PostgreSQL store against raw pg, on a throwaway server of its own (initdb on a free
              port, removed at the end; needs PostgreSQL installed), at 10,000 assessments
  --no-build  use the packages as last built (by default the CLI and its packages are built first)
  --node 24   run on that Node major instead of this one: installed from the npm registry and
              better-sqlite3 built for it, both kept in bench/.cache (the first time, about a minute)`;

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    large: { type: 'boolean', default: false },
    pg: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    node: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

if (values.node !== undefined && !/^\d+$/.test(values.node)) {
  console.error(`--node takes a Node major version, such as 24 (not "${values.node}").\n\n${usage}`);
  process.exit(2);
}
// A run on another Node that was killed may have left that Node's addon in the workspace: put ours back
// first, unless this is the run that --node started.
if (process.env[ON_OTHER_NODE] === undefined) await putBackAddon(cacheDirectory);

const root = join(import.meta.dirname, '..', '..');
const smoke = values.smoke;
const large = values.large && !smoke;
const postgres = values.pg;
const sizes = smoke
  ? { small: 10, medium: 20, large: 40 }
  : { small: 100, medium: 1000, large: large ? 100_000 : 10_000 };
const measurements: Measurement[] = [];
const log = (line: string) => console.error(`bench: ${line}`);

if (!values['no-build']) {
  log('building the CLI and the packages it uses (turbo)…');
  execFileSync('pnpm', ['turbo', 'run', 'build', '--filter=@eqia/cli...', '--output-logs=errors-only'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
if (values.node !== undefined && !process.version.startsWith(`v${values.node}.`)) {
  const args = process.argv.slice(2).filter((arg) => arg !== '--no-build');
  try {
    process.exit(await runOnNode(values.node, [...args, '--no-build'], cacheDirectory, log));
  } catch (error) {
    if (!(error instanceof OtherNodeError)) throw error;
    console.error(`bench: ${error.message}`);
    process.exit(1);
  }
}
// The suites import our packages' built output: load them only after the build above, or a static import
// would run the dist/ that was there before it.
const { checksAndReportsSuite } = await import('./suites/checks-and-reports.js');
const { logSuite } = await import('./suites/log.js');
const { startupSuite } = await import('./suites/startup.js');
const { bundleSuite } = await import('./suites/bundle.js');
const { filterSuite, storeSuite } = await import('./suites/store.js');
const { postgresSuite } = await import('./suites/postgres.js');
await mkdir(cacheDirectory, { recursive: true });

const context: SuiteContext = {
  smoke,
  sizes,
  runs: (normal) => (smoke ? Math.min(normal, 3) : normal),
  log,
  record(measurement) {
    measurements.push(measurement);
    log(`${measurement.label}: ${measurement.value.toFixed(2)} ${measurement.unit}`);
  },
};

const loadBefore = loadavg()[0];
const started = Date.now();
const suites = postgres
  ? [postgresSuite]
  : large
    ? [filterSuite, checksAndReportsSuite]
    : [logSuite, checksAndReportsSuite, storeSuite, startupSuite, bundleSuite];
for (const suite of suites) await suite(context);

const budgets = postgres
  ? postgresBudgetsFor(sizes.large)
  : large
    ? largeBudgetsFor(sizes.large)
    : budgetsFor(sizes);
const results = judge(budgets, measurements);
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadAverage: { before: loadBefore, after: loadavg()[0] },
};
const report = {
  date: new Date().toISOString(),
  mode: `${smoke ? 'smoke' : large ? 'large' : 'full'}${postgres ? ' postgres' : ''}`,
  sizes,
  seconds: Math.round((Date.now() - started) / 1000),
  machine,
  measurements: measurements.map((measurement) => ({ ...measurement, ratio: ratioOf(measurement) })),
  budgets: results,
};
// Smoke figures mean nothing: keep them out of the committed results.
const output = smoke
  ? join(cacheDirectory, postgres ? 'results-pg-smoke.json' : 'results-smoke.json')
  : join(root, 'bench', postgres ? 'results-pg.json' : large ? 'results-large.json' : 'results.json');
await writeFile(output, `${JSON.stringify(report, null, 2)}\n`);

console.log(formatTable(report.measurements, results, machine, smoke));
console.log(`\nResults written to ${output}.`);
const failed = results.filter((result: BudgetResult) => !result.pass);
if (values.check && !smoke && failed.length > 0) {
  console.error(`\n${failed.length} budget(s) failed: ${failed.map((result) => result.label).join('; ')}.`);
  process.exit(1);
}

function ratioOf(measurement: Measurement): number | undefined {
  const baseline = measurements.find((candidate) => candidate.id === measurement.baseline);
  return baseline ? measurement.value / baseline.value : undefined;
}
