import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { generatedStore, workingCopy } from '../fixtures/generated-store.js';
import type { SuiteContext } from '../results.js';
import { type Starts, timedStarts } from '../timed-starts.js';

/**
 * What the installed `eqia` command loads (its bin file, bin/eqia.cjs, adds one existsSync there; in a
 * checkout it first checks the bundle against the sources, which no user of the package pays).
 */
export const cliBin = join(import.meta.dirname, '..', '..', '..', 'apps', 'cli', 'dist', 'eqia.cjs');

/** What the wizard's first frame shows: the first question of `eqia new`. */
const firstQuestion = 'Title of the policy';

/**
 * Process start-up as a user meets it, each run a new process: bare `node -e 0`, `eqia --version`,
 * `eqia list --json` at 1,000, the wizard's first frame in a pseudo-terminal; and the peak memory of
 * `eqia list --json` at the large size.
 */
export async function startupSuite(context: SuiteContext): Promise<void> {
  await access(cliBin).catch(() => {
    throw new Error(`The CLI is not built (${cliBin}): run \`pnpm turbo run build --filter=@eqia/cli...\`.`);
  });
  const runs = context.runs(20);
  const node = await timedStarts({ ...nodeWith(['-e', '0']), runs, warmup: 2 });
  context.record({ id: 'node', label: 'bare node -e 0', unit: 'ms', value: node.medianMs, runs: node.runs });

  const version = await timedStarts({ ...nodeWith([cliBin, '--version']), runs, warmup: 2 });
  context.record({
    id: 'version',
    label: 'eqia --version',
    unit: 'ms',
    value: version.medianMs,
    runs: version.runs,
    baseline: 'node',
  });

  const { medium, large } = context.sizes;
  const mediumStore = await generatedStore(medium, context.log);
  const largeStore = await generatedStore(large, context.log);
  const list = await timedStarts({
    ...nodeWith([cliBin, 'list', '--json', '--store', largeStore]),
    runs,
    warmup: 2,
  });
  context.record({
    id: 'list-json',
    label: `eqia list --json (${large})`,
    unit: 'ms',
    value: list.medianMs,
    runs: list.runs,
    baseline: 'node',
  });

  const scratch = await workingCopy(mediumStore);
  try {
    const args = [cliBin, 'new', '--store', scratch.directory, '--user', 'amara'];
    const frame = await timedStarts({ ...inTerminal(args), runs: context.runs(10), warmup: 1 });
    context.record({
      id: 'wizard-frame',
      label: "the wizard's first frame (eqia new)",
      unit: 'ms',
      value: frame.medianMs,
      runs: frame.runs,
      baseline: 'node',
    });
  } finally {
    await scratch.remove();
  }

  const peaks: number[] = [];
  for (let run = 0; run < (context.smoke ? 1 : 3); run++)
    peaks.push(await peakMemoryMb([cliBin, 'list', '--json', '--store', largeStore]));
  peaks.sort((a, b) => a - b);
  context.record({
    id: 'list-memory',
    label: `peak memory of eqia list --json (${large})`,
    unit: 'MB',
    value: peaks[Math.floor(peaks.length / 2)] ?? Number.NaN,
    runs: peaks.length,
  });
}

/** `node <args>`, its output not a terminal. */
function nodeWith(args: string[]): Omit<Starts, 'runs' | 'warmup'> {
  return { command: process.execPath, args, env: { ...started(process.env), NO_COLOR: '1' } };
}

/**
 * `node <args>` in a pseudo-terminal (util-linux `script`) until its output shows the wizard's first
 * question. The time includes `script` itself, a few milliseconds.
 */
function inTerminal(args: string[]): Omit<Starts, 'runs' | 'warmup'> {
  return {
    command: 'script',
    args: [
      '-qfec',
      `stty cols 100 rows 40; exec ${[process.execPath, ...args].map(quote).join(' ')}`,
      '/dev/null',
    ],
    // Without CI: Ink draws only the last frame when it sees CI set, so there would be no first frame.
    env: { ...withoutCi(started(process.env)), TERM: 'xterm-256color' },
    until: firstQuestion,
  };
}

const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

const peakHook = join(import.meta.dirname, 'report-peak-memory.cjs');

/** Maximum resident set size of `node <args>`, which the preloaded hook reports as the process exits. */
function peakMemoryMb(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', peakHook, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: started(process.env),
    });
    let errors = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const kb = /peak-kb=(\d+)/.exec(errors)?.[1];
      if (code !== 0 || !kb) reject(new Error(`measuring memory failed (${code}): ${errors}`));
      else resolve(Number(kb) / 1024);
    });
  });
}

/**
 * The environment every measured process starts with, bare node's included: without a host's extra CA
 * bundle (`NODE_EXTRA_CA_CERTS`), which Node 20 reads and parses at every start whatever the program
 * (Node 22 and later only when a TLS connection needs it). It is the host's setting, not eqia's: see
 * docs/performance.md, Method. Nor the settings or EQIA_ variables of whoever runs the bench: a settings
 * file that chose Welsh, say, would change what the wizard shows first.
 */
function started(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = Object.fromEntries(
    Object.entries(env).filter(([name]) => name !== 'NODE_EXTRA_CA_CERTS' && !name.startsWith('EQIA_')),
  );
  return { ...rest, EQIA_CONFIG: noSettings };
}

/** A settings file that does not exist: no settings. */
const noSettings = join(import.meta.dirname, 'no-such-settings', 'config.json');

function withoutCi(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { CI: _ci, ...rest } = env;
  return rest;
}
