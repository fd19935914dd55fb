// `pnpm mutation [--check]`: runs Stryker (stryker.config.mjs) over the code where a silent mistake does the
// most harm, then scores each area of it. With --check it fails when an area is below its budget.
// `pnpm mutation --recorded` only says whether the incremental file holds every file of every area.
// docs/architecture.md says how to read the report and lists the equivalent mutants this leaves out.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const core = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = resolve(core, 'reports/mutation/mutation.json');
const DOC = resolve(core, '../../docs/architecture.md');
const INCREMENTAL = resolve(core, 'stryker-incremental.json');

/** Each area, the files it holds (paths from packages/core) and the share of mutants its tests must kill. */
export const areas = [
  { name: 'rules', files: /^src\/checks\/rules\//, budget: 90 },
  {
    name: 'authorisation and guards',
    files: /^src\/lifecycle\/(authorise(-[a-z-]+)?|guards)\.ts$/,
    budget: 95,
  },
  { name: 'audit', files: /^src\/audit\//, budget: 90 },
  { name: 'edits and replay', files: /^src\/(edits\/|log\/replay\.ts$)/, budget: 90 },
] as const;

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

/** A mutant no test can kill, as docs/architecture.md lists it: file, the code and what it becomes, why. */
export interface Equivalent {
  file: string;
  original: string;
  replacement: string;
}

/**
 * The rows of the table under "Equivalent mutants" in docs/architecture.md:
 * | `file` | `original` → `replacement` | why |
 */
export function equivalentsIn(doc: string): Equivalent[] {
  const section = doc.split(/^#+ Equivalent mutants$/m)[1]?.split(/^#/m)[0] ?? '';
  // Cells may be padded: a Markdown formatter aligns the table's columns.
  return [...section.matchAll(/^\| +`([^`]+)` +\| +`(.+?)` → `(.*?)` +\|/gm)].map(
    ([, file, original, replacement]) => ({
      file: file!,
      original: original!.replaceAll('\\|', '|'),
      replacement: replacement!.replaceAll('\\|', '|'),
    }),
  );
}

/** The source text a mutant replaces (lines and columns count from 1; the end is exclusive). */
function originalOf(source: string, { start, end }: Mutant['location']): string {
  const lines = source.split('\n').slice(start.line - 1, end.line);
  if (lines.length === 1) return lines[0]!.slice(start.column - 1, end.column - 1);
  lines[lines.length - 1] = lines.at(-1)!.slice(0, end.column - 1);
  lines[0] = lines[0]!.slice(start.column - 1);
  return lines.join('\n');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Score {
  name: string;
  budget: number;
  killed: number;
  survived: number;
  noCoverage: number;
  equivalent: number;
  score: number;
  /** The area's source files the report holds no mutant of: an area measured in part is not measured. */
  missing: string[];
}

export function score(report: Report, equivalents: readonly Equivalent[], sources: readonly string[] = []) {
  const used = new Set<Equivalent>();
  const undetected: string[] = [];
  const scores: Score[] = areas.map(({ name, files, budget }) => {
    const missing = unrecorded(report, sources).filter((file) => files.test(file));
    const tally = { name, budget, killed: 0, survived: 0, noCoverage: 0, equivalent: 0, score: 100, missing };
    for (const [file, { source, mutants }] of Object.entries(report.files)) {
      if (!files.test(file)) continue;
      for (const mutant of mutants) {
        if (mutant.status === 'Killed' || mutant.status === 'Timeout') {
          tally.killed++;
          continue;
        }
        if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
        const original = oneLine(originalOf(source, mutant.location));
        const replacement = oneLine(mutant.replacement ?? '');
        const known = equivalents.find(
          (e) => e.file === file && e.original === original && e.replacement === replacement,
        );
        if (known) {
          used.add(known);
          tally.equivalent++;
          continue;
        }
        if (mutant.status === 'Survived') tally.survived++;
        else tally.noCoverage++;
        undetected.push(
          `${file}:${mutant.location.start.line} ${mutant.mutatorName} (${mutant.status}): \`${original}\` → \`${replacement}\``,
        );
      }
    }
    const judged = tally.killed + tally.survived + tally.noCoverage;
    // An area the report holds no mutant of, or none of one of its files, was not measured (a run
    // narrowed by --mutate): it fails, whatever the files it does hold score.
    const measured = judged + tally.equivalent > 0 && missing.length === 0;
    tally.score = !measured ? 0 : judged === 0 ? 100 : Math.floor((tally.killed / judged) * 1000) / 10;
    return tally;
  });
  const stale = equivalents.filter((e) => !used.has(e));
  return { scores, undetected, stale };
}

/** The files of the areas (paths from packages/core) that a report holds no mutant result for. */
export function unrecorded(report: Report | undefined, sources: readonly string[]): string[] {
  return sources.filter(
    (file) => areas.some((area) => area.files.test(file)) && report?.files[file] === undefined,
  );
}

/** core's source files, as paths from packages/core. */
const coreSources = () =>
  readdirSync(resolve(core, 'src'), { recursive: true, encoding: 'utf8' })
    .map((file) => `src/${file.split('\\').join('/')}`)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

/**
 * Whether the committed incremental file records every file of every area: CI runs Stryker only then,
 * since testing the files it lacks would take longer than CI has.
 */
function recorded(): boolean {
  const report = existsSync(INCREMENTAL)
    ? (JSON.parse(readFileSync(INCREMENTAL, 'utf8')) as Report)
    : undefined;
  const missing = unrecorded(report, coreSources());
  if (missing.length === 0) return true;
  console.log(
    report
      ? `packages/core/stryker-incremental.json records no mutant of:\n${missing.map((file) => `  ${file}`).join('\n')}`
      : 'There is no packages/core/stryker-incremental.json.',
  );
  return false;
}

function main() {
  if (process.argv.includes('--recorded')) process.exit(recorded() ? 0 : 1);
  const check = process.argv.includes('--check');
  // Other arguments go to Stryker: `--force` tests every mutant again, ignoring the incremental file.
  const args = process.argv.slice(2).filter((arg) => arg !== '--check');
  const run = spawnSync('stryker', ['run', ...args], {
    cwd: core,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);

  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as Report;
  const { scores, undetected, stale } = score(
    report,
    equivalentsIn(readFileSync(DOC, 'utf8')),
    coreSources(),
  );
  if (undetected.length > 0)
    console.log(`\nMutants no test kills:\n${undetected.map((u) => `  ${u}`).join('\n')}`);
  if (stale.length > 0) {
    console.log('\nEquivalent mutants in docs/architecture.md that Stryker no longer makes (remove them):');
    for (const e of stale) console.log(`  ${e.file}: \`${e.original}\` → \`${e.replacement}\``);
  }
  console.log('\n| area | killed | survived | no coverage | equivalent | score | budget |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const s of scores) {
    console.log(
      `| ${s.name} | ${s.killed} | ${s.survived} | ${s.noCoverage} | ${s.equivalent} | ${s.score}% | ${s.budget}% |`,
    );
  }
  console.log(`\nThe report: ${resolve(core, 'reports/mutation/index.html')}`);
  const below = scores.filter((s) => s.score < s.budget);
  if (check && (below.length > 0 || stale.length > 0)) {
    for (const s of below)
      console.error(
        s.missing.length > 0
          ? `${s.name}: measured only in part (no mutant of ${s.missing.join(', ')}): run it without --mutate.`
          : s.killed + s.survived + s.noCoverage + s.equivalent === 0
            ? `${s.name}: not measured (the report holds none of its mutants).`
            : `${s.name}: ${s.score}% is below its budget of ${s.budget}%.`,
      );
    if (stale.length > 0)
      console.error('docs/architecture.md lists equivalent mutants that no longer exist.');
    console.error('Add tests that kill the mutants listed above (or explain a true equivalent in the docs).');
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
