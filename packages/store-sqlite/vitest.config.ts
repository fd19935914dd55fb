import { defineConfig } from 'vitest/config';
import { quickAndSlow } from '../../vitest.projects.js';

/** Many writer processes, some killed mid-write: `pnpm test:slow`, which CI runs after `pnpm test`. */
const slow = ['test/processes.test.ts', 'test/crash.test.ts'];

export default defineConfig({
  resolve: { conditions: ['@eqia/source'] },
  ssr: { resolve: { conditions: ['@eqia/source'] } },
  // The process and crash tests start many writer processes, and the conformance suite's property test
  // opens a fresh database per run: the default 5 s is too tight on a busy machine.
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: quickAndSlow(['test/**/*.test.ts', 'src/**/*.test.ts'], slow),
  },
});
