import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { filterSummaries, type ListFilter, listingOf } from '@eqia/sdk';
import { sampleAppend } from '@eqia/sdk/testing';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterSql } from '../src/filter-sql.js';
import { openSqliteStore } from '../src/index.js';
import { prepareJoinList } from '../src/joined-list.js';
import { latestSchemaVersion } from '../src/schema.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

const characteristics = ['age', 'disability', 'race'];
const times = ['2025-01-01T09:00:00.000Z', '2025-01-01T09:00:00.000Z', '2024-06-30T12:00:00.000Z'];

/** Schema step 10's keys, and what they must be: one for each summary under each of its characteristics. */
const keys = (db: Database.Database) => ({
  kept: db.prepare('SELECT * FROM characteristic_listings ORDER BY 1, 2, 3').raw().all(),
  expected: db
    .prepare(
      `SELECT kept.characteristic, listed.updated_at, listed.id
         FROM assessment_list AS listed JOIN assessment_characteristics AS kept ON kept.assessment_id = listed.id
        ORDER BY 1, 2, 3`,
    )
    .raw()
    .all(),
});

/** Does SQL vouch for the listings of a filter (the fast path, joined-list.ts)? */
const vouches = (file: string, filter: ListFilter) =>
  withRawDatabase(file, (db) => prepareJoinList(db)(filterSql(filter)).vouched);

// Raw SQL a person might run: each changes a table the keys come from, never the keys themselves.
const rawEdits = fc.constantFrom(
  "INSERT OR IGNORE INTO assessment_characteristics SELECT id, 'sex' FROM assessments WHERE id = 's0'",
  "DELETE FROM assessment_characteristics WHERE characteristic = 'age'",
  "UPDATE assessment_characteristics SET characteristic = 'religion' WHERE characteristic = 'race'",
  "UPDATE assessment_list SET updated_at = '2030-01-01T00:00:00.000Z' WHERE id = 's1'",
  "DELETE FROM assessment_list WHERE id = 's2'",
);

describe("each listing's key under each of its characteristics (schema step 10)", () => {
  it('is kept by every save and every raw change, and the filtered listings are read through it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            n: fc.nat(3),
            time: fc.constantFrom(...times),
            negativeCharacteristics: fc.subarray(characteristics),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.array(rawEdits, { maxLength: 2 }),
        async (saves, edits) => {
          const file = freshFile();
          const store = openSqliteStore(file);
          await store.init();
          const versions = new Map<string, number>();
          for (const { n, time, negativeCharacteristics } of saves) {
            const id = `s${n}`;
            const request = sampleAppend(id, versions.get(id) ?? 0);
            await store.append({
              ...request,
              summary: { ...request.summary, updatedAt: time, negativeCharacteristics, owner: `p${n % 2}` },
            });
            versions.set(id, request.summary.version);
          }
          const all = await store.list();
          for (const characteristic of characteristics) {
            const filter: ListFilter = { characteristic, owner: 'p1' };
            expect(vouches(file, { characteristic })).toBe(true);
            expect(vouches(file, filter)).toBe(true);
            expect(await store.listings(filter)).toEqual(filterSummaries(all, filter).map(listingOf));
          }
          for (const edit of edits) withRawDatabase(file, (db) => db.prepare(edit).run());
          const { kept, expected } = withRawDatabase(file, keys);
          expect(kept).toEqual(expected);
          await store.close();
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('stand aside when one is missing or one too many: the listings are then made from the summaries', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init();
    for (const id of ['a1', 'a2', 'a3', 'b1']) {
      const request = sampleAppend(id, 0);
      const negativeCharacteristics = id === 'b1' ? ['race'] : ['age'];
      await store.append({ ...request, summary: { ...request.summary, negativeCharacteristics } });
    }
    const filter = { characteristic: 'age' };
    const expected = filterSummaries(await store.list(), filter).map(listingOf);
    const listings = await store.listings(filter);
    expect(listings).toEqual(expected);
    // Equal characteristics, one frozen list (the SDK's listingsFreezer).
    expect(new Set(listings.map((listing) => listing.negativeCharacteristics)).size).toBe(1);
    expect(await store.listings({ characteristic: 'religion' })).toEqual([]);
    await store.close();
    // Each on its own copy. The listings are read a row at a time: none, a NULL one first, one after others.
    for (const edit of [
      "DELETE FROM characteristic_listings WHERE id = 'a1'",
      "DELETE FROM characteristic_listings WHERE characteristic = 'age'",
      "UPDATE characteristic_listings SET updated_at = '2000-01-01T00:00:00.000Z' WHERE id = 'a1'",
      "INSERT INTO characteristic_listings SELECT 'age', updated_at, id FROM assessment_list WHERE id = 'b1'",
      `UPDATE assessment_listing SET listing = NULL WHERE id = '${expected[0]?.id}'`,
      `UPDATE assessment_listing SET listing = NULL WHERE id = '${expected[2]?.id}'`,
    ]) {
      const copy = freshFile();
      mkdirSync(dirname(copy), { recursive: true });
      copyFileSync(file, copy);
      withRawDatabase(copy, (db) => db.prepare(edit).run());
      expect(vouches(copy, filter)).toBe(false);
      const damaged = openSqliteStore(copy);
      expect(await damaged.listings(filter)).toEqual(expected);
      expect(JSON.parse(await damaged.listJson(filter))).toEqual(expected);
      await damaged.close();
    }
  });

  it('reads one range of keys in list order, with nothing to sort', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init();
    await store.close();
    const plan = withRawDatabase(file, (db) =>
      (
        db
          .prepare(
            `EXPLAIN QUERY PLAN SELECT listing FROM characteristic_listings AS kept
               JOIN assessment_listing AS listed USING (updated_at, id)
              WHERE kept.characteristic = ? ORDER BY kept.updated_at DESC, kept.id`,
          )
          .all('age') as { detail: string }[]
      ).map((row) => row.detail),
    );
    expect(plan).toEqual([
      'SEARCH kept USING PRIMARY KEY (characteristic=?)',
      'SEARCH listed USING PRIMARY KEY (updated_at=? AND id=?)',
    ]);
  });

  it('is filled by the step for a store written at schema 9', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init();
    const held: [string, string[]][] = [
      ['a1', ['age', 'race']],
      ['a2', ['race']],
    ];
    for (const [id, negativeCharacteristics] of held) {
      const request = sampleAppend(id, 0);
      await store.append({ ...request, summary: { ...request.summary, negativeCharacteristics } });
    }
    await store.close();
    // What step 10 made, taken away again: the table and its triggers.
    withRawDatabase(file, (db) => {
      const made = db
        .prepare(
          "SELECT type, name FROM sqlite_schema WHERE name LIKE 'characteristic_listings%' ORDER BY 1 DESC",
        )
        .raw()
        .all() as [string, string][];
      for (const [type, name] of made) db.exec(`DROP ${type} ${name}`);
      db.pragma('user_version = 9');
    });
    const reopened = openSqliteStore(file);
    const race = { characteristic: 'race' };
    const listed = await reopened.listings(race);
    expect(listed.map((listing) => listing.id).sort()).toEqual(['a1', 'a2']);
    expect(listed).toEqual(filterSummaries(await reopened.list(), race).map(listingOf));
    await reopened.close();
    withRawDatabase(file, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      const { kept, expected } = keys(db);
      expect(kept).toHaveLength(3);
      expect(kept).toEqual(expected);
    });
    expect(vouches(file, { characteristic: 'race' })).toBe(true);
  });
});
