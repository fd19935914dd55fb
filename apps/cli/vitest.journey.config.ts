import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The journeys: minutes of the built CLI driven in tmux, so outside `pnpm test` (CI runs them from
 * .ci/journey.sh): `pnpm --filter @eqia/cli run test:journey`.
 */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['test/**/*.journey.ts'], testTimeout: 900_000 },
});
