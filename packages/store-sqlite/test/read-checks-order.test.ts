import { filterSummaries } from '@eqia/sdk';
import { listOrderKeys } from '@eqia/sdk/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storeOf } from './store-of.js';

describe('readChecks', () => {
  it("gives every assessment once in the SDK's list order, in batches of the size asked for, whatever the ids and times", async () => {
    await fc.assert(
      fc.asyncProperty(listOrderKeys(8), fc.integer({ min: 1, max: 4 }), async (rows, batch) => {
        const store = await storeOf(rows);
        const batches: string[][] = [];
        for await (const found of store.readChecks?.(batch) ?? []) batches.push(found.map(({ id }) => id));
        expect(batches.flat()).toEqual(filterSummaries(await store.list()).map(({ id }) => id));
        // Full batches but the last, none empty.
        expect(batches.map((found) => found.length)).toEqual(
          batches.map((_, index) =>
            index < batches.length - 1 ? batch : rows.length - batch * (batches.length - 1),
          ),
        );
        await store.close();
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
