import { filterSummaries } from '@eqia/sdk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inPositions } from '../src/in-positions.js';
import { listOrderKeys, storeOf } from './list-order-keys.js';

describe('readChecks', () => {
  it("hands back what judge gave in the SDK's list order, whatever the ids and times", async () => {
    await fc.assert(
      fc.asyncProperty(listOrderKeys(8), async (rows) => {
        const store = await storeOf(rows);
        const judged = await store.readChecks?.(({ id }) => id);
        expect(judged).toEqual(filterSummaries(await store.list()).map(({ id }) => id));
        await store.close();
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});

describe('inPositions', () => {
  it('puts each entry in its place when every entry has its own', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(20)), (places) => {
        const size = places.length === 0 ? 0 : Math.max(...places) + 1;
        const expected: number[] = [];
        places.forEach((place, index) => {
          expected[place] = index;
        });
        expect(
          inPositions(
            places.map((_, index) => index),
            places,
            size,
          ),
        ).toEqual(expected.filter(() => true));
      }),
    );
  });

  it('loses nothing: entries with no place, a place out of range or a taken one follow, as read', () => {
    expect(inPositions(['a', 'b', 'c', 'd', 'e', 'f'], [1, -1, 0, 1, 3, 9], 4)).toEqual([
      'c',
      'a',
      'e',
      'b',
      'd',
      'f',
    ]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2, max: 12 })), fc.nat(10), (places, size) => {
        const entries = places.map((_, index) => index);
        const placed = inPositions(entries, places, size);
        expect([...placed].sort((a, b) => a - b)).toEqual(entries);
      }),
    );
  });
});
