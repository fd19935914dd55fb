import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@eqia/source'] },
  ssr: { resolve: { conditions: ['@eqia/source'] } },
  // Property tests and real processes are slow on a busy two-core CI machine; timeouts catch hangs, not speed
  // (performance budgets live in `pnpm bench`).
  test: { include: ['test/**/*.test.ts', 'src/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
