import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The journeys: minutes of the built CLI driven in tmux, so outside `pnpm test` (CI runs them from
 * .ci/journey.sh): `pnpm --filter @eqia/cli run test:journey`.
 */
export default defineConfig({
  ...base,
  // Without the base's projects: with them, each project kept its own include, and this run was every
  // test of the CLI twice over (quick and slow), the journey among them, instead of the journey alone.
  test: { ...base.test, projects: undefined, include: ['test/**/*.journey.ts'], testTimeout: 900_000 },
});
