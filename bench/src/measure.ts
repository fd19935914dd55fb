import { Bench } from 'tinybench';

export interface Timing {
  /** Median over the runs, in milliseconds. */
  medianMs: number;
  runs: number;
}

/** The median time of `task` over `runs` runs, after `warmup` unmeasured ones (tinybench). */
export async function median(
  task: () => unknown,
  { runs, warmup = 1 }: { runs: number; warmup?: number },
): Promise<Timing> {
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
