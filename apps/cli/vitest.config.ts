import { defineConfig } from 'vitest/config';
import { quickAndSlow } from '../../vitest.projects.js';

/**
 * Tests that drive eqia in tmux or Chromium, run the built binary on every kind of bad input, or need a
 * PostgreSQL server: `pnpm test:slow`, which CI runs after `pnpm test` (README, Working on eqia), so that
 * `pnpm test` stays a few minutes.
 */
const slow = [
  'test/*-tmux.test.ts',
  'test/bad-input.test.ts',
  'test/publishing.test.ts',
  'test/postgres-store.test.ts',
];

export default defineConfig({
  resolve: { conditions: ['@eqia/source'] },
  ssr: { resolve: { conditions: ['@eqia/source'] } },
  test: {
    // Some tests spawn the built binary or drive it in tmux: slow on a busy machine, never hung.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A worker for every core, not one fewer: most of these tests wait on the processes they start, and
    // this package's run is the longest of `pnpm test` (on two cores, 3.2 minutes against 4.8).
    maxWorkers: '100%',
    projects: quickAndSlow(
      ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
      slow,
    ),
  },
});
