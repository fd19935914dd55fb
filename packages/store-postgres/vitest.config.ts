import { defineConfig } from 'vitest/config';
import { quickAndSlow } from '../../vitest.projects.js';

/**
 * The conformance suite's property runs, and the tests that stop the server or race many connections:
 * `pnpm test:slow`, which CI runs after `pnpm test` (README, Working on eqia).
 */
const slow = [
  'test/conformance.test.ts',
  'test/server-faults.test.ts',
  'test/server-faults-welsh.test.ts',
  'test/concurrency.test.ts',
];

export default defineConfig({
  resolve: { conditions: ['@eqia/source'] },
  ssr: { resolve: { conditions: ['@eqia/source'] } },
  // Every test talks to a real server, and the conformance suite's property test opens a fresh schema per
  // run: the default 5 s is too tight on a busy machine.
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: quickAndSlow(['test/**/*.test.ts', 'src/**/*.test.ts'], slow),
  },
});
