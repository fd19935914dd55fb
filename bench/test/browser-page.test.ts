import { describe, expect, test } from 'vitest';
import { bundlePage, staticallyLoaded } from '../src/suites/bundle.js';

// What a page embedding eqia downloads before it can show anything: the words only another language
// than English needs, and the tools a page never calls, load on demand (the bundle budget's figure,
// `pnpm bench`, is this page's size; docs/performance.md).
/** Each module is in some chunk the page loads on demand, and in none it loads at once. */
async function expectOnDemandOnly(modules: readonly string[]): Promise<void> {
  const { outputs, entry } = await bundlePage(['@eqia/source', 'module']);
  const atOnce = staticallyLoaded(outputs, entry);
  const modulesOf = (names: Iterable<string>) =>
    new Set([...names].flatMap((name) => Object.keys(outputs[name]?.inputs ?? {})));
  const loadedAtOnce = modulesOf(atOnce);
  const onDemand = modulesOf(Object.keys(outputs).filter((name) => !atOnce.has(name)));
  for (const module of modules) {
    const named = (loaded: Set<string>) => [...loaded].some((input) => input.endsWith(module));
    expect(named(loadedAtOnce), `${module} loads at once`).toBe(false);
    expect(named(onDemand), `${module} loads on demand`).toBe(true);
  }
}

describe('the browser page', () => {
  test('loads what only Welsh and the translators need on demand, never at once', async () => {
    await expectOnDemandOnly([
      'packages/sdk/src/language/english-rewording.ts',
      // A store adapter's words (`@eqia/sdk/adapter`): only Welsh words them again in a page.
      'packages/sdk/src/language/store-errors.ts',
      'packages/sdk/src/language/server-store-errors.ts',
      'packages/sdk/src/language/schema-subjects.ts',
      'packages/sdk/src/client/worded-errors.ts',
      'packages/sdk/src/language/history.ts',
      'packages/sdk/src/language/copy-errors.ts',
      'packages/sdk/src/language/welsh-review.ts',
      'packages/sdk/src/language/cy-errors.ts',
    ]);
  });

  test('loads what only imports, exports, comparisons and digests use on demand, never at once', async () => {
    // Each reached the first load through `@eqia/core` or `@eqia/core/light` re-exporting it, though only
    // code loaded on demand calls it: `@eqia/core/json`, `/exchange`, `/analysis` and `/checks` now.
    await expectOnDemandOnly([
      'packages/core/src/text/json-text.ts',
      'packages/core/src/log/export.ts',
      'packages/core/src/import/plain-record.ts',
      'packages/core/src/insight/describe.ts',
      'packages/core/src/insight/categories.ts',
      'packages/core/src/equality-data/equality-data.ts',
      'packages/core/src/digest/annual-facts-of.ts',
      'packages/core/src/digest/disparity-facts.ts',
    ]);
  });

  test("loads core's due-regard rules when a client is created, not with the page", async () => {
    const { outputs, entry } = await bundlePage(['@eqia/source', 'module']);
    const atOnce = staticallyLoaded(outputs, entry);
    const rulesIn = (names: Iterable<string>) =>
      [...names].flatMap((name) =>
        Object.keys(outputs[name]?.inputs ?? {}).filter((input) => input.includes('core/src/checks/rules/')),
      );
    expect(rulesIn(atOnce)).toEqual([]);
    expect(rulesIn(Object.keys(outputs).filter((name) => !atOnce.has(name)))).not.toEqual([]);
  });
});
