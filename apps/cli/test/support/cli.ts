import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { StandardInput } from '../../src/context.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fixed clock for every run, so dates in output and in the demo are reproducible. */
export const testNow = '2026-11-23T10:00:00Z';

/**
 * Run `eqia` in-process, in `cwd`: without a terminal, or with standard output one (`terminal`) of
 * `columns` (80 if not given), and standard error one (`errorTerminal`); standard input holds
 * `options.stdin` (empty).
 */
export async function eqia(
  cwd: string,
  argv: string[],
  env: Record<string, string> = {},
  options: { terminal?: boolean; errorTerminal?: boolean; columns?: number; stdin?: string } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: { EQIA_NOW: testNow, ...env },
    cwd,
    stdout: {
      write: (text: string) => (stdout += text),
      isTTY: options.terminal ?? false,
      ...(options.columns !== undefined && { columns: options.columns }),
    },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.errorTerminal ?? false },
    stdin: standardInput(options.stdin ?? ''),
  });
  return { code, stdout, stderr };
}

/** Standard input that holds `text` and ends, as a file piped in does; never the test runner's own. */
export function standardInput(text = ''): StandardInput {
  return (async function* () {
    if (text !== '') yield Buffer.from(text);
  })();
}

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A new temporary folder, removed when the test file's tests are done (each store in one is 1 MB or more). */
export async function tempDir(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'eqia-cli-'));
  folders.push(folder);
  return folder;
}

/** The example files shipped with the CLI. */
export const examples = new URL('../../examples/', import.meta.url).pathname;

/** `eqia insight`'s options comparing its example files (docs/insight.md): the caseload against the census. */
export const insightExample = [
  '--population',
  join(examples, 'caseload.csv'),
  '--baseline',
  join(examples, 'census.csv'),
  '--set',
  'ethnic_group',
  '--period',
  '2023-24',
  '--area',
  'Northshire',
];

/** An assessment a test store starts with: made by `user` from an example answers file. */
export interface StartingAssessment {
  user: string;
  /** An example's file name (examples/), or a path. */
  answers: string;
  id?: string;
}

/**
 * A new folder whose store has the Cafcass example profile (`eqia init --profile cafcass`) and these
 * assessments, each made by `eqia new --answers` (under `env`, as `EQIA_NOW`); a step that fails or
 * warns throws with what it said, so a test never runs on a store it did not mean.
 */
export async function cafcassStore(
  assessments: readonly StartingAssessment[] = [],
  env: Record<string, string> = {},
): Promise<string> {
  const cwd = await tempDir();
  const steps = [
    ['init', '--profile', 'cafcass'],
    ...assessments.map(({ user, answers, id }) => [
      'new',
      '--user',
      user,
      '--answers',
      answers.includes('/') ? answers : join(examples, answers),
      ...(id ? ['--id', id] : []),
    ]),
  ];
  for (const argv of steps) {
    const run = await eqia(cwd, argv, env);
    if (run.code !== 0 || run.stderr !== '')
      throw new Error(`eqia ${argv.join(' ')} exited ${run.code}: ${run.stderr}`);
  }
  return cwd;
}
