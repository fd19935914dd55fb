import { defineConfig } from 'vitest/config';
import { quickAndSlow } from '../../vitest.projects.js';

/**
 * Tests that drive other programs, Chromium (axe) and LibreOffice: `pnpm test:slow`, which CI runs after
 * `pnpm test` (README, Working on eqia), so that `pnpm test` stays a few minutes.
 */
const slow = ['test/accessibility.test.ts', 'test/docx.test.ts'];

export default defineConfig({
  resolve: { conditions: ['@eqia/source'] },
  ssr: { resolve: { conditions: ['@eqia/source'] } },
  // Property tests and real processes are slow on a busy two-core CI machine; timeouts catch hangs, not speed
  // (performance budgets live in `pnpm bench`).
  // The tests share nothing through module state, so each worker loads the sources once rather than once
  // per test file (isolation cost most of this package's run time).
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    isolate: false,
    projects: quickAndSlow(['test/**/*.test.ts', 'src/**/*.test.ts'], slow),
  },
});
