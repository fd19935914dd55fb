import { Bench } from 'tinybench';

export interface Timing {
  /** Median over the runs, in milliseconds. */
  medianMs: number;
  runs: number;
  /** Each run's time, in milliseconds. */
  samples: readonly number[];
}

/** A task slower than this gets fewer runs (at least 3), so that no benchmark takes much longer. */
export const SECONDS_PER_BENCHMARK = 15;

/**
 * The median time of `task` over `runs` runs, after `warmup` unmeasured ones (tinybench). A slow task
 * runs fewer times: as many as fit in about 15 seconds, and at least 3.
 */
export async function median(
  task: () => unknown,
  options: { runs: number; warmup?: number },
): Promise<Timing> {
  const wanted = options.runs;
  let warmup = options.warmup ?? 1;
  const started = performance.now();
  await task();
  const once = performance.now() - started;
  const runs = Math.max(
    Math.min(wanted, 3),
    Math.min(wanted, Math.floor((SECONDS_PER_BENCHMARK * 1000) / once)),
  );
  if (once * (warmup + runs) > SECONDS_PER_BENCHMARK * 1000) warmup = 0;
  const bench = new Bench({
    iterations: runs,
    time: 0,
    warmup: warmup > 0,
    warmupIterations: warmup,
    warmupTime: 0,
  });
  bench.add('task', task);
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (!result || result.error) throw result?.error ?? new Error('the benchmark did not run');
  return {
    medianMs: result.latency.p50 ?? Number.NaN,
    runs: result.latency.samples.length,
    samples: result.latency.samples,
  };
}

/**
 * The medians of tasks compared with one another, measured in turns: `rounds` blocks of `runs` runs of
 * each, one task's block after the other's. This disk's fsync time moves by a third or more from one
 * minute to the next, so a ratio of two figures taken a minute apart measured the minute as much as the
 * code; taken in turns, each task sees the same minutes. Within a block a task runs in a row, as alone.
 */
export async function inTurns<Name extends string>(
  tasks: Record<Name, () => unknown>,
  options: { rounds: number; runs: number },
): Promise<Record<Name, Timing>> {
  const samples = new Map<Name, number[]>();
  for (let round = 0; round < options.rounds; round++)
    for (const [name, task] of Object.entries(tasks) as [Name, () => unknown][]) {
      const block = await median(task, { runs: options.runs, warmup: round === 0 ? 3 : 1 });
      samples.set(name, [...(samples.get(name) ?? []), ...block.samples]);
    }
  const timings = {} as Record<Name, Timing>;
  for (const [name, taken] of samples)
    timings[name] = { medianMs: medianOf(taken), runs: taken.length, samples: taken };
  return timings;
}

/** The median of some figures. */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[half] as number)
    : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
}
