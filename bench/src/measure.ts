import { Bench } from 'tinybench';

export interface Timing {
  /** Median over the runs, in milliseconds. */
  medianMs: number;
  runs: number;
}

/** A task slower than this gets fewer runs (at least 3), so that no benchmark takes much longer. */
const SECONDS_PER_BENCHMARK = 15;

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
  return { medianMs: result.latency.p50 ?? Number.NaN, runs: result.latency.samples.length };
}
