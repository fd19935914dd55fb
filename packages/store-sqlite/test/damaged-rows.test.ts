import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ForbiddenError, defaultProfile as profile, StorageFailedError, StoreCorruptError } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { explainFailure } from '../src/errors.js';
import { openSqliteStore } from '../src/index.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A closed store file holding two assessments, each with its digest. */
async function populated(): Promise<string> {
  const file = freshFile();
  const store = openSqliteStore(file);
  await store.init({ profile });
  for (const id of ['a1', 'a2']) await store.append(chainedAppend(id, 2));
  await store.close();
  return file;
}

type Call =
  | 'list'
  | 'listJson'
  | 'listings'
  | 'read'
  | 'readSnapshots'
  | 'readDigests'
  | 'readDigestPart'
  | 'readProfile';

const calls: Record<Call, (store: ReturnType<typeof openSqliteStore>) => Promise<unknown>> = {
  list: (store) => store.list(),
  listJson: (store) => store.listJson(),
  listings: (store) => store.listings(),
  read: (store) => store.read('a1'),
  readSnapshots: (store) => store.readSnapshots!(),
  readDigests: (store) => store.readDigests!(),
  readDigestPart: (store) => store.readDigests!(undefined, 'annual'),
  readProfile: (store) => store.readProfile(),
};

/**
 * A row edited by hand, or damaged, in each of its JSON documents. Every call that reads it must refuse
 * it with a StoreCorruptError naming the file and saying what is wrong, and leave the file byte for byte.
 */
// biome-ignore format: one case a line
const damage: { row: string; sql: string; refusedBy: Call[]; says: RegExp }[] = [
  { row: 'a summary that is not JSON', sql: "UPDATE assessment_list SET summary = 'oops' WHERE id = 'a1'", refusedBy: ['list', 'listJson', 'listings', 'read', 'readSnapshots', 'readDigests', 'readDigestPart'], says: /assessment summary that is not JSON/ },
  { row: 'a summary that is a list', sql: "UPDATE assessment_list SET summary = '[]' WHERE id = 'a1'", refusedBy: ['list', 'listJson', 'listings', 'read', 'readSnapshots', 'readDigests'], says: /it is a list, not an object/ },
  { row: 'a summary in the row of another', sql: "UPDATE assessment_list SET summary = json_set(summary, '$.id', 'a2') WHERE id = 'a1'", refusedBy: ['listJson', 'listings'], says: /a summary in the row of "a1" that is not that row's/ },
  { row: 'a summary without its state', sql: "UPDATE assessment_list SET summary = json_remove(summary, '$.state') WHERE id = 'a1'", refusedBy: ['list', 'listings', 'read', 'readSnapshots', 'readDigests'], says: /\(id "a1"\).*field "state" is missing/ },
  { row: 'a summary with a wrong-typed field', sql: "UPDATE assessment_list SET summary = json_set(summary, '$.openActions', 'none') WHERE id = 'a1'", refusedBy: ['list', 'listings', 'read'], says: /field "openActions" is a string, not a list/ },
  { row: 'a summary whose title is not text', sql: "UPDATE assessment_list SET summary = json_set(summary, '$.title', 7) WHERE id = 'a1'", refusedBy: ['list', 'listings'], says: /\(id "a1"\).*field "title" is a number, not text/ },
  { row: 'a snapshot that is not JSON', sql: "UPDATE assessments SET snapshot = '{' WHERE id = 'a1'", refusedBy: ['read', 'readSnapshots'], says: /the snapshot of "a1" that is not JSON/ },
  { row: 'a snapshot without its assessment', sql: "UPDATE assessments SET snapshot = json_remove(snapshot, '$.assessment') WHERE id = 'a1'", refusedBy: ['read', 'readSnapshots'], says: /the snapshot of "a1".*field "assessment" is missing/ },
  { row: 'an assessment without its summary', sql: "DELETE FROM assessment_list WHERE id = 'a1'", refusedBy: ['read', 'readSnapshots'], says: /an assessment whose summary is missing from assessment_list/ },
  { row: 'a digest part that is not JSON', sql: "UPDATE assessment_annual SET annual = 'oops' WHERE id = 'a1'", refusedBy: ['readDigests', 'readDigestPart'], says: /the digest of "a1" that is not JSON/ },
  { row: 'a digest part without its version', sql: "UPDATE assessment_checks SET checks = '{}' WHERE id = 'a1'", refusedBy: ['readDigests'], says: /the digest of "a1".*field "digestVersion" is missing/ },
  { row: 'a digest whose annual facts are wrong-shaped', sql: "UPDATE assessment_annual SET annual = json_set(annual, '$.annual.impacts', 'none') WHERE id = 'a1'", refusedBy: ['readDigests', 'readDigestPart'], says: /the digest of "a1".*field "annual" field "impacts" is a string, not a list/ },
  { row: 'a digest whose checks are wrong-shaped', sql: "UPDATE assessment_checks SET checks = json_set(checks, '$.checks.violations', json('[{\"ruleId\":1}]')) WHERE id = 'a1'", refusedBy: ['readDigests'], says: /the digest of "a1".*field "checks" field "violations" item 0 field "ruleId" is a number, not text/ },
  { row: 'a digest whose Welsh violations are wrong-shaped', sql: "UPDATE assessment_checks SET checks = json_set(checks, '$.checks.violationsIn', json('{\"cy\":[{\"message\":false}]}')) WHERE id = 'a1'", refusedBy: ['readDigests'], says: /the digest of "a1".*field "checks" field "violationsIn" field "cy" item 0 field "ruleId" is missing/ },
  { row: 'an event that is not JSON', sql: "DROP TRIGGER events_no_update; UPDATE events SET event = 'oops' WHERE assessment_id = 'a1' AND seq = 2", refusedBy: ['read'], says: /event 2 of "a1" that is not JSON/ },
  { row: 'a profile that is {}', sql: "UPDATE profile SET profile = '{}'", refusedBy: ['readProfile'], says: /the profile that is not shaped as eqia writes it: field "name" is missing/ },
  { row: 'a profile that is not JSON', sql: "UPDATE profile SET profile = 'oops'", refusedBy: ['readProfile'], says: /the profile that is not JSON/ },
  { row: 'a profile whose users are not a list', sql: `UPDATE profile SET profile = json_set(profile, '$.users', json('{"a":1}'))`, refusedBy: ['readProfile'], says: /field "users" is an object, not a list/ },
];

describe('rows not as eqia wrote them', () => {
  it.each(damage)(
    '$row: refused by name by every call that reads it, the file left byte for byte',
    async ({ sql, refusedBy, says }) => {
      const file = await populated();
      withRawDatabase(file, (db) => db.exec(sql));
      const before = sha256(file);
      const store = openSqliteStore(file);
      for (const name of refusedBy) {
        const failure = await calls[name](store).then(
          () => new Error(`${name} did not fail`),
          (error: unknown) => error,
        );
        expect(failure, name).toBeInstanceOf(StoreCorruptError);
        expect((failure as StoreCorruptError).location).toBe(file);
        expect((failure as Error).message, name).toContain(file);
        expect((failure as Error).message, name).toMatch(says);
      }
      await store.close();
      expect(sha256(file)).toBe(before);
    },
  );

  it('an eqia store whose application id was changed is refused by every call and left as it was', async () => {
    const file = await populated();
    withRawDatabase(file, (db) => db.pragma('application_id = 7'));
    const before = sha256(file);
    const store = openSqliteStore(file);
    for (const call of [...Object.values(calls), () => store.init({ profile })]) {
      await expect(call(store)).rejects.toThrow(/is a SQLite database but not an eqia store/);
    }
    await store.close();
    expect(sha256(file)).toBe(before);
  });
});

describe('what the disk reports', () => {
  const file = '/data/eqia.db';
  const sqliteError = (code: string) => Object.assign(new Error(`${code} from SQLite`), { code });

  it.each([
    ['SQLITE_FULL', StorageFailedError, /full: nothing was written/],
    ['SQLITE_IOERR', StorageFailedError, /reported an error reading or writing/],
    ['SQLITE_IOERR_WRITE', StorageFailedError, /reported an error reading or writing/],
    ['SQLITE_READONLY', ForbiddenError, /cannot open the store .* for reading and writing/],
    ['SQLITE_READONLY_DBMOVED', ForbiddenError, /cannot open the store/],
    ['SQLITE_CANTOPEN', ForbiddenError, /cannot open the store/],
  ])('%s is a typed error naming the file, never a raw SQLite error', (code, type, says) => {
    const explained = explainFailure(sqliteError(code), file, 10_000);
    expect(explained).toBeInstanceOf(type);
    expect((explained as Error).message).toContain(file);
    expect((explained as Error).message).toMatch(says);
    expect((explained as Error).cause).toMatchObject({ code });
  });
});
