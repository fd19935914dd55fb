import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@eqia/source'] },
  ssr: { resolve: { conditions: ['@eqia/source'] } },
  // Property tests and real processes are slow on a busy two-core CI machine; timeouts catch hangs, not speed
  // (performance budgets live in `pnpm bench`).
  // The tests share nothing through module state, so each worker loads the sources once rather than once
  // per test file (isolation cost most of this package's run time).
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    isolate: false,
  },
});
