import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@eqia/source'] },
  ssr: { resolve: { conditions: ['@eqia/source'] } },
  test: { include: ['test/**/*.test.ts', 'src/**/*.test.ts'] },
});
