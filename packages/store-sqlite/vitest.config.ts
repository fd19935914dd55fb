import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@eqia/source'] },
  ssr: { resolve: { conditions: ['@eqia/source'] } },
  // The process and crash tests start many writer processes, and the conformance suite's property test
  // opens a fresh database per run: the default 5 s is too tight on a busy machine.
  test: { include: ['test/**/*.test.ts', 'src/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
