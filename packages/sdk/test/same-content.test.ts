import fc from 'fast-check';
import { expect, test } from 'vitest';
import { sameContent } from '../src/client/recent-snapshots.js';

/*
 * The client compares a stored snapshot (and the store's profile) with the one it holds by walking both
 * (recent-snapshots.ts), where it once compared their JSON text. It must agree with that comparison on
 * everything JSON can hold, key order aside.
 */

const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );

const json = fc.jsonValue({ maxDepth: 4 });

test('agrees with comparing JSON text, for values alike and unlike', () => {
  fc.assert(
    fc.property(json, json, (a, b) => {
      expect(sameContent(a, b)).toBe(sortedJson(a) === sortedJson(b));
      expect(sameContent(a, structuredClone(a))).toBe(true);
    }),
    { numRuns: 300 },
  );
});

test('counts a property set to undefined as absent, as JSON does', () => {
  expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  expect(sameContent({ a: 1 }, { a: 1, b: undefined })).toBe(true);
  expect(sameContent({ a: 1, b: undefined }, { a: 1, b: null })).toBe(false);
  expect(sameContent([1, 2], { 0: 1, 1: 2 })).toBe(false);
});
