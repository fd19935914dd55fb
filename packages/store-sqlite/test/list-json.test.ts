import { filterSummaries, listedAsJson } from '@eqia/sdk';
import { sampleAppend } from '@eqia/sdk/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { listOrderKeys } from './list-order-keys.js';
import { freshFile } from './temp-files.js';

describe('listJson', () => {
  it("answers exactly what the SDK's list order makes of list(), whatever the ids and times", async () => {
    await fc.assert(
      fc.asyncProperty(listOrderKeys(8), async (rows) => {
        const store = openSqliteStore(freshFile());
        await store.init();
        for (const [key, updatedAt] of rows) {
          const request = sampleAppend(key, 0);
          await store.append({ ...request, summary: { ...request.summary, updatedAt } });
        }
        const listed = await store.listJson();
        expect(listed).toBe(listedAsJson(await store.list()));
        expect(JSON.parse(listed)).toEqual(filterSummaries(await store.list()));
        await store.close();
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('is an empty list for an empty store or a filter that matches nothing', async () => {
    const store = openSqliteStore(freshFile());
    await store.init();
    expect(await store.listJson()).toBe('[]');
    await store.append(sampleAppend('a1', 0));
    expect(await store.listJson({ characteristic: 'none' })).toBe('[]');
    await store.close();
  });
});
