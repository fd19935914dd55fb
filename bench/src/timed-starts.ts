import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { medianOf, SECONDS_PER_BENCHMARK, type Timing } from './measure.js';

const startTimer = join(import.meta.dirname, 'start-timer.cjs');

export interface Starts {
  command: string;
  args: string[];
  /** The environment the process starts with. */
  env: NodeJS.ProcessEnv;
  /** Timed to the first output that shows this, not to the exit. */
  until?: string;
  runs: number;
  warmup: number;
}

/**
 * Each run's time from a new process's spawn to its exit (or to `until` in its output), taken by
 * start-timer.cjs: a small parent, as a shell is, since a fork from the bench's own large process cost
 * every start more. As many runs as fit in about 15 s, at least 3, as `median` does. A run that fails
 * (its exit code, or no `until`) fails the measurement, saying why.
 */
export async function timedStarts({ command, args, env, until, runs, warmup }: Starts): Promise<Timing> {
  const job = { command, args, until, runs, warmup, seconds: SECONDS_PER_BENCHMARK };
  const { stdout } = await promisify(execFile)(process.execPath, [startTimer, JSON.stringify(job)], {
    env,
  }).catch((error: { stderr?: string; message: string }) => {
    throw new Error(`timing ${args.join(' ')} failed: ${error.stderr?.trim() || error.message}`);
  });
  const samples = JSON.parse(stdout) as number[];
  return { medianMs: medianOf(samples), runs: samples.length, samples };
}
