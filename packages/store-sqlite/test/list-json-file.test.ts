import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultProfile } from '@eqia/core';
import { listOrderKeys, sampleAppend } from '@eqia/sdk/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { listJsonOfFile } from '../src/list-json-file.js';
import { latestSchemaVersion } from '../src/schema.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

/** A read goes as the profile's first user when none is named: the profile must have one. */
const profile = {
  ...defaultProfile,
  users: [{ id: 'amara', name: 'Amara Okafor', jobTitle: '', roles: ['author' as const] }],
};

/** What `listJson()` answers, from the pieces the file read gives. */
const asListJson = (pieces: Buffer[]) =>
  pieces.length === 0 ? '[]' : `[\n${pieces.map(String).join(',\n')}\n]`;

/** A closed store with these assessments (id, time) and the default profile. */
async function storeOf(rows: readonly (readonly [string, string])[]): Promise<string> {
  const file = freshFile();
  const store = openSqliteStore(file);
  await store.init({ profile });
  for (const [id, updatedAt] of rows) {
    const request = sampleAppend(id, 0);
    await store.append({ ...request, summary: { ...request.summary, updatedAt } });
  }
  await store.close();
  return file;
}

async function listJsonOf(file: string): Promise<string> {
  const store = openSqliteStore(file);
  try {
    return await store.listJson();
  } finally {
    await store.close();
  }
}

describe('listJsonOfFile', () => {
  it('answers what listJson() answers, or nothing (the store path then answers)', async () => {
    await fc.assert(
      fc.asyncProperty(listOrderKeys(6), fc.integer({ min: 1, max: 4 }), async (rows, piece) => {
        const file = await storeOf(rows);
        const pieces = listJsonOfFile(file, { piece });
        if (pieces !== undefined) {
          expect(asListJson(pieces)).toBe(await listJsonOf(file));
          expect(pieces.length).toBe(Math.ceil(rows.length / piece));
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('answers a sound store at once: instants, and ids that share a time in list order', async () => {
    const file = await storeOf([
      ['eqia-00002', '2026-01-01T09:00:00.000Z'],
      ['eqia-00010', '2026-01-01T09:00:00.000Z'],
      ['eqia-00001', '2026-01-02T09:00:00.000Z'],
    ]);
    const pieces = listJsonOfFile(file, { user: 'amara' });
    expect(pieces).toEqual([expect.any(Buffer)]);
    expect(asListJson(pieces ?? [])).toBe(await listJsonOf(file));
    expect(listJsonOfFile(file, { piece: 2 })).toHaveLength(2);
    expect(listJsonOfFile(await storeOf([]))).toEqual([]);
  });

  it('leaves to the store path whatever it cannot vouch for, and writes nothing', async () => {
    const sound = () => storeOf([['a1', '2026-01-01T09:00:00.000Z']]);
    const edited = async (sql: string) => {
      const file = await sound();
      withRawDatabase(file, (db) => db.exec(sql));
      return file;
    };
    const notADatabase = freshFile();
    mkdirSync(dirname(notADatabase), { recursive: true });
    writeFileSync(notADatabase, 'an eqia list, but not a database\n'.repeat(200));
    const cases = {
      'no file': freshFile(),
      'not a database': notADatabase,
      'a newer schema': await edited(`PRAGMA user_version = ${latestSchemaVersion + 1}`),
      'an older schema': await edited(`PRAGMA user_version = ${latestSchemaVersion - 1}`),
      'another application': await edited('PRAGMA application_id = 7'),
      'no profile': await edited('DELETE FROM profile'),
      'a profile without users': await edited(
        "UPDATE profile SET profile = json_set(profile, '$.users', json('[]'))",
      ),
      'a profile that is not JSON': await edited("UPDATE profile SET profile = 'oops'"),
      'a summary that is not JSON': await edited("UPDATE assessment_list SET summary = 'oops'"),
      "a summary in another's row": await edited(
        "UPDATE assessment_list SET summary = json_set(summary, '$.id', 'a2')",
      ),
    };
    for (const [what, file] of Object.entries(cases)) expect(listJsonOfFile(file), what).toBeUndefined();
    expect(listJsonOfFile(await sound(), { user: 'nobody' })).toBeUndefined();
  });

  it('vouches for every piece: damage after the first is found before anything is answered', async () => {
    // In list order a3, a2, a1, a piece each: the damage is in the last piece read.
    const edited = async (sql: string) => {
      const file = await storeOf([
        ['a1', '2026-01-01T09:00:00.000Z'],
        ['a2', '2026-01-02T09:00:00.000Z'],
        ['a3', '2026-01-03T09:00:00.000Z'],
      ]);
      withRawDatabase(file, (db) => db.exec(sql));
      return file;
    };
    expect(listJsonOfFile(await edited('SELECT 1'), { piece: 1 })).toHaveLength(3);
    const cases = {
      'a summary that is not JSON': "UPDATE assessment_list SET summary = 'oops' WHERE id = 'a1'",
      'a listing missing': "DELETE FROM assessment_listing WHERE id = 'a1'",
      'a listing without its summary': `INSERT INTO assessment_listing (updated_at, id, listing)
        SELECT '2025-12-31T09:00:00.000Z', 'a0', listing FROM assessment_listing WHERE id = 'a1'`,
    };
    for (const [what, sql] of Object.entries(cases))
      for (const piece of [1, 2, 3])
        expect(listJsonOfFile(await edited(sql), { piece }), what).toBeUndefined();
  });
});
