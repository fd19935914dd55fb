/** One figure the benchmarks produced. */
export interface Measurement {
  id: string;
  label: string;
  value: number;
  unit: 'ms' | 'MB' | 'KB' | 'per s';
  /** Runs the median was taken over (1 for a single figure such as peak memory). */
  runs: number;
  /** The figure this one is compared with, when it has one (see budgets.ts). */
  baseline?: string;
}

export interface SuiteContext {
  smoke: boolean;
  /** Store sizes: the small, the one-thousand and the large one (100, 1,000, 10,000 outside smoke). */
  sizes: { small: number; medium: number; large: number };
  /** How many runs a quick task gets (a slow one takes fewer, see each suite). */
  runs: (normal: number) => number;
  log: (line: string) => void;
  record: (measurement: Measurement) => void;
}
