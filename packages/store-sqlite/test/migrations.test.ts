import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { NotFoundError, defaultProfile as profile, UnsupportedVersionError } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, openSqliteStore } from '../src/index.js';
import { applicationId, type Migration, migrate, migrations } from '../src/schema.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const header = (file: string) =>
  withRawDatabase(file, (db) => ({
    version: db.pragma('user_version', { simple: true }),
    applicationId: db.pragma('application_id', { simple: true }),
    journal: db.pragma('journal_mode', { simple: true }),
  }));

describe('the schema, versioned by PRAGMA user_version', () => {
  it('is created only by init, at the latest version, marked as eqia’s, in WAL mode; init again changes nothing', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    expect(await store.exists()).toBe(false);
    await expect(store.list()).rejects.toBeInstanceOf(NotFoundError);

    await store.init({ profile });
    await store.append(chainedAppend('a1', 1));
    await store.init({ profile: { ...profile, name: 'Another profile' } });
    const another = openSqliteStore(file);
    await another.init();
    await another.close();

    expect(await store.readProfile()).toEqual(profile);
    expect((await store.list()).map((summary) => summary.id)).toEqual(['a1']);
    await store.close();
    expect(header(file)).toEqual({ version: latestSchemaVersion, applicationId, journal: 'wal' });
    // Steps are numbered in order; a number may be missing only while branches that add steps are apart.
    expect(migrations.map((step) => step.version)).toEqual(
      migrations.map((step) => step.version).sort((a, b) => a - b),
    );
    expect(latestSchemaVersion).toBe(migrations.at(-1)?.version);
  });

  it('refuses a database written by a newer eqia, naming the file, and leaves it as it was', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile });
    await store.close();
    withRawDatabase(file, (db) => db.pragma(`user_version = ${latestSchemaVersion + 1}`));
    const before = sha256(file);

    const later = openSqliteStore(file);
    for (const call of [() => later.list(), () => later.read('a1'), () => later.init()]) {
      const refusal = await call().catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(UnsupportedVersionError);
      expect((refusal as Error).message).toContain(file);
      expect((refusal as Error).message.replace(file, '<file>')).toMatchInlineSnapshot(
        `"The eqia store <file> is at schema version 9, newer than this eqia knows (8): it was written by a newer eqia. Upgrade eqia before using this store; nothing was changed."`,
      );
    }
    expect(await later.exists()).toBe(true);
    await later.close();
    expect(sha256(file)).toBe(before);
  });

  it('reading an up-to-date database writes nothing to it', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile });
    await store.append(chainedAppend('a1', 2));
    await store.close();
    const before = sha256(file);
    const reader = openSqliteStore(file);
    await reader.exists();
    await reader.list({ team: 'x' });
    await reader.read('a1');
    await reader.readSnapshots?.();
    await reader.readDigests?.();
    await reader.readProfile();
    await reader.listObjectives();
    await reader.readObjective('o1');
    await reader.readObjectiveSnapshots();
    await reader.close();
    expect(sha256(file)).toBe(before);
  });

  it('brings a store of the first release (schema 1) up to date on first use, its assessments kept', async () => {
    const file = freshFile();
    const first = openSqliteStore(file);
    await first.init({ profile });
    await first.append(chainedAppend('a1', 2));
    await first.close();
    // As the first release left it: no objectives tables, no summaries apart, user_version 1.
    withRawDatabase(file, (db) => {
      db.exec(
        `DROP TRIGGER annual_rows_insert; DROP TRIGGER annual_rows_delete;
         DROP TABLE annual_versions; DROP TABLE annual_actions; DROP TABLE annual_reaffirmations;
         DROP TABLE equality_data; DROP TABLE objective_events; DROP TABLE objectives;
         DROP TRIGGER assessment_list_insert; DROP TRIGGER assessment_list_update; DROP TABLE assessment_list;
         DROP TRIGGER assessment_parts_insert; DROP TRIGGER assessment_parts_update;
         DROP TABLE assessment_checks; DROP TABLE assessment_annual;
         PRAGMA user_version = 1;`,
      );
    });

    const store = openSqliteStore(file);
    expect((await store.list()).map((summary) => summary.id)).toEqual(['a1']);
    expect(JSON.parse(await store.listJson())).toEqual(await store.list());
    expect(await store.listObjectives()).toEqual([]);
    expect(await store.listEqualityData()).toEqual([]);
    expect((await store.read('a1'))?.events).toHaveLength(2);
    // The digests' parts, copied apart by step 5 from the rows already there.
    const [whole] = await store.readDigests!(['a1']);
    for (const part of ['annual', 'checks'] as const)
      expect((await store.readDigests!(['a1'], part))[0]?.digest?.[part]).toEqual(whole?.digest?.[part]);
    expect(whole?.digest?.annual).toBeDefined();
    // The annual facts' rows, copied by step 8 from the parts step 5 made: the store answers the totals.
    const totals = await store.annualTotals!({ from: '2025-01-01', to: '2025-12-31', today: '2026-01-01' });
    expect(totals?.inPeriod.map((entry) => entry.facts.id)).toEqual(['a1']);
    await store.close();
    expect(header(file).version).toBe(latestSchemaVersion);
  });

  describe('with a later step than the file has', () => {
    const next: Migration = {
      version: latestSchemaVersion + 1,
      name: 'a test step',
      sql: 'CREATE TABLE test_step (id INTEGER PRIMARY KEY);',
    };

    it('applies the missing steps only, each recording its version', async () => {
      const file = freshFile();
      const store = openSqliteStore(file);
      await store.init({ profile });
      await store.append(chainedAppend('a1', 1));
      await store.close();

      withRawDatabase(file, (db) => {
        migrate(db, file, undefined, [...migrations, next]);
        // Again: nothing left to do, and the steps already there are not run twice.
        migrate(db, file, undefined, [...migrations, next]);
        expect(db.pragma('user_version', { simple: true })).toBe(next.version);
        expect(db.prepare('SELECT count(*) FROM test_step').pluck().get()).toBe(0);
        expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(1);
      });
    });

    it('leaves the file at the last whole step when a step fails', async () => {
      const file = freshFile();
      await openSqliteStore(file).init();
      const broken: Migration = {
        ...next,
        sql: 'CREATE TABLE half_done (id INTEGER); SELECT no_such_function();',
      };
      withRawDatabase(file, (db) => {
        expect(() => migrate(db, file, undefined, [...migrations, broken])).toThrow(/no_such_function/);
        expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
        expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(
          0,
        );
      });
    });
  });
});
