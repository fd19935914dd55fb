/** A vitest project that takes the rest of its package's config (`extends: true`). */
interface Project {
  extends: true;
  test: { name: string; include: string[]; exclude?: string[] };
}

/**
 * A package's tests as two projects: `quick`, which `pnpm test` runs, and `slow`, the files that start
 * other programs many times over, which `pnpm test:slow` runs and CI runs after it (docs/architecture.md,
 * "Two sets of tests"). Imports nothing, so that it needs no vitest of its own at the root. Excluding only
 * the slow files drops vitest's default exclusions, which `include` patterns under `test/` and `src/`
 * never reach (node_modules, .git).
 */
export function quickAndSlow(include: string[], slow: string[]): Project[] {
  return [
    { extends: true, test: { name: 'quick', include, exclude: slow } },
    { extends: true, test: { name: 'slow', include: slow } },
  ];
}
