import { filterSummaries, listedAsJson, listingOf } from '@eqia/sdk';
import { listOrderKeys, sampleAppend } from '@eqia/sdk/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { withRawDatabase } from './raw-database.js';
import { storeOf } from './store-of.js';
import { freshFile } from './temp-files.js';

describe('listJson', () => {
  it("answers exactly what the SDK's list order makes of list(), whatever the ids and times", async () => {
    await fc.assert(
      fc.asyncProperty(listOrderKeys(8), async (rows) => {
        const store = await storeOf(rows);
        const listed = await store.listJson();
        expect(listed).toBe(listedAsJson(await store.list()));
        expect(JSON.parse(listed)).toEqual(filterSummaries(await store.list()).map(listingOf));
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

describe('the listings SQLite keeps (schema step 9)', () => {
  it('stand aside when one is missing or one too many: the list is then made in JavaScript, the same', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init();
    for (const id of ['a1', 'a2']) await store.append(sampleAppend(id, 0));
    const expected = listedAsJson(await store.list());
    expect(await store.listJson()).toBe(expected);
    withRawDatabase(file, (db) => db.prepare("DELETE FROM assessment_listing WHERE id = 'a1'").run());
    expect(await store.listJson()).toBe(expected);
    withRawDatabase(file, (db) =>
      db.prepare("INSERT INTO assessment_listing VALUES ('2000-01-01T00:00:00.000Z', 'a1', '{}')").run(),
    );
    withRawDatabase(file, (db) =>
      db.prepare("INSERT INTO assessment_listing VALUES ('2000-01-01T00:00:00.000Z', 'a9', '{}')").run(),
    );
    expect(await store.listJson()).toBe(expected);
    await store.close();
  });
});
