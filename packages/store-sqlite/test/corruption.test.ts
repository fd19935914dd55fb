import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultProfile as profile, StoreCorruptError } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A store file holding 30 assessments, closed, so that it is all in the main file. */
async function populated(): Promise<string> {
  const file = freshFile();
  const store = openSqliteStore(file);
  await store.init({ profile });
  for (let i = 0; i < 30; i++) await store.append(chainedAppend(`a${i}`, 3));
  await store.close();
  return file;
}

/** The calls a reader or writer makes (`only` these, if given), each expected to fail with the store's corrupt error. */
async function callsRefuse(file: string, what: RegExp, only?: readonly string[]): Promise<void> {
  const store = openSqliteStore(file);
  const calls: [string, () => Promise<unknown>][] = [
    ['exists', () => store.exists()],
    ['list', () => store.list()],
    ['read', () => store.read('a29')],
    ['readSnapshots', () => store.readSnapshots!()],
    ['readDigests', () => store.readDigests!(undefined, 'annual')],
    ['readProfile', () => store.readProfile()],
    ['append', () => store.append(chainedAppend('new', 1))],
    ['init', () => store.init({ profile })],
  ];
  for (const [name, call] of calls.filter(([name]) => only === undefined || only.includes(name))) {
    const failure = await call().then(
      () => new Error(`${name} did not fail`),
      (error: unknown) => error,
    );
    expect(failure, name).toBeInstanceOf(StoreCorruptError);
    expect((failure as StoreCorruptError).location).toBe(file);
    expect((failure as Error).message, name).toContain(file);
    expect((failure as Error).message, name).toMatch(what);
  }
  await store.close();
}

const remedy = /backup.*sqlite3 ".*" "PRAGMA integrity_check"/;

describe('a damaged store file', () => {
  it.each([
    ['garbage bytes', (file: string) => writeFileSync(file, Buffer.alloc(20_000, 'not a database. '))],
    ['a damaged header', (file: string) => writeFileSync(file, Buffer.alloc(100, 0x5a), { flag: 'r+' })],
    [
      'a file cut to half its length',
      (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2)),
    ],
    ['a file cut to its first three pages', (file: string) => truncateSync(file, 3 * 4096)],
  ])(
    'with %s: every call refuses it, naming the file and what to do, and leaves it byte for byte',
    async (_, damage) => {
      const file = await populated();
      damage(file);
      const before = sha256(file);
      await callsRefuse(file, remedy);
      expect(sha256(file)).toBe(before);
      expect(readdirSync(dirname(file))).toEqual(['eqia.sqlite']);
    },
  );

  it('with a table page overwritten: every read of the rows refuses it, and leaves it byte for byte', async () => {
    const file = await populated();
    const listPage = withRawDatabase(file, (db) =>
      db
        .prepare<[], number>("SELECT rootpage FROM sqlite_schema WHERE name = 'assessment_list'")
        .pluck()
        .get(),
    ) as number;
    const bytes = readFileSync(file);
    // The assessments' table (page 2) and the summaries' (see schema step 4).
    for (const page of [2, listPage]) bytes.fill(0x5a, (page - 1) * 4096, page * 4096);
    writeFileSync(file, bytes);
    const before = sha256(file);
    // The header and the schema on page 1 are whole: SQLite finds the damage when it reads the rows.
    await callsRefuse(file, remedy, ['list', 'read', 'readSnapshots', 'readDigests']);
    expect(sha256(file)).toBe(before);
  });

  it('a directory where the file should be is refused, and left alone', async () => {
    const file = freshFile();
    mkdirSync(file, { recursive: true });
    await callsRefuse(file, /is a directory, not a database file/);
    expect(readdirSync(file)).toEqual([]);
  });

  it('a SQLite database that is not an eqia store is refused by every call, init included, and left unchanged', async () => {
    const file = freshFile();
    mkdirSync(dirname(file), { recursive: true });
    const other = new Database(file);
    other.exec(
      "CREATE TABLE invoices (id INTEGER PRIMARY KEY, payee TEXT); INSERT INTO invoices VALUES (1, 'x');",
    );
    other.close();
    const before = sha256(file);
    await callsRefuse(file, /is a SQLite database but not an eqia store/);
    expect(sha256(file)).toBe(before);
  });

  it('an empty file is a store not yet made: it does not exist until init, which makes it one', async () => {
    const file = freshFile();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
    const store = openSqliteStore(file);
    expect(await store.exists()).toBe(false);
    await expect(store.list()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(statSync(file).size).toBe(0);
    await store.init({ profile });
    expect(await store.exists()).toBe(true);
    expect(await store.readProfile()).toEqual(profile);
    await store.close();
  });
});
