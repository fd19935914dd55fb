import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  cafcassProfile,
  NotFoundError,
  defaultProfile as profile,
  UnsupportedVersionError,
} from '@eqia/core';
import { createClient, listingOf, type StoredAssessment } from '@eqia/sdk';
import { chainedAppend } from '@eqia/sdk/testing';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { assessmentColumns, assessmentRow } from '../src/assessment-row.js';
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

  it("never changes a released step: each one's name and SQL, to the byte, as stores were migrated by it", () => {
    const released = new Set([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]);
    const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
    const steps = migrations
      .filter((step) => released.has(step.version))
      .map((step) => `${step.version}: ${digest(step.name)} ${digest(step.sql)}`);
    expect(steps).toMatchInlineSnapshot(`
      [
        "1: d74d7fa5d4ea9539 7557c554caca93f5",
        "2: d5ade2131152e4a0 6fae463e81ea71c6",
        "3: 5b65a4db393b8e4d 0f7b49f2d992ec4c",
        "4: 32f8ea1ed1ba4aa6 85e5eea86f793930",
        "5: 36f54176e4561da3 87d39ef8d7988409",
        "6: d8e6d8af1afb83b7 272ffc85dd664b4e",
        "8: c5cc72d60d47f0f1 f8f3f858f885a876",
        "9: 0ecdd94de772bc6e 05c9a64e37076277",
        "10: 6f4a115a5eb254e2 89de826ce96d3c91",
        "11: cb40b83c9202ef1f eb90007917552851",
        "12: bca3b558432445cb aa10e40dadae98b2",
      ]
    `);
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
        `"The eqia store <file> is at schema version 13, newer than this eqia knows (12): it was written by a newer eqia. Upgrade eqia before using this store; nothing was changed."`,
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

  it.each([1, 5])(
    'brings a store written at schema %i up to date on first use: its assessments read and verify as before',
    async (version) => {
      const { file, stored, digest } = await olderStore(version);

      const store = openSqliteStore(file);
      expect(await store.list()).toEqual([stored.summary]);
      expect(JSON.parse(await store.listJson())).toEqual([listingOf(stored.summary)]);
      expect(await store.listObjectives()).toEqual([]);
      expect(await store.listEqualityData()).toEqual([]);
      expect(await store.read(stored.summary.id)).toEqual(stored);
      // The digest, kept whole before step 6, is its two parts now, read whole or apart.
      expect(await store.readDigests!()).toEqual([{ summary: stored.summary, digest }]);
      for (const part of ['annual', 'checks'] as const)
        expect((await store.readDigests!(undefined, part))[0]?.digest?.[part]).toEqual(digest[part]);
      // The annual facts' rows, copied by step 8 from the parts: the store answers the totals.
      const totals = await store.annualTotals!({ from: '2000-01-01', to: '2099-12-31', today: '2099-12-31' });
      expect(totals?.inPeriod.map((entry) => entry.facts.id)).toEqual([stored.summary.id]);
      const client = await createClient({ store, user: 'amara' });
      expect(await client.verify(stored.summary.id)).toMatchObject({ ok: true });
      await client.edit(stored.summary.id, 'policy', (policy) => {
        policy.scope = 'After the migration';
      });
      expect(await client.verify(stored.summary.id)).toMatchObject({ ok: true });
      await client.close();
      expect(header(file).version).toBe(latestSchemaVersion);
      withRawDatabase(file, (db) => expect(db.pragma('integrity_check', { simple: true })).toBe('ok'));
    },
  );

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

/**
 * A store as the release at schema `version` left it: one assessment made through the client, written
 * with raw SQL into the tables of that version, its digest whole in the assessments' row.
 */
async function olderStore(version: number) {
  const source = openSqliteStore(freshFile());
  await source.init({ profile: cafcassProfile });
  const client = await createClient({ store: source, user: 'amara' });
  const { assessment } = await client.create({ title: 'Car parking' });
  await client.edit(assessment.id, 'policy', (policy) => {
    policy.scope = 'Before the migration';
  });
  await client.close();
  const stored = (await source.read(assessment.id)) as StoredAssessment;
  const [{ digest } = {}] = (await source.readDigests?.([assessment.id])) ?? [];
  if (!digest?.annual || !digest.checks) throw new Error('the client saved no digest');
  await source.close();

  const file = freshFile();
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    migrate(db, file, undefined, migrations.slice(0, version));
    const columns = [
      ...assessmentColumns.filter((column) => column !== 'snapshot'),
      'summary',
      'digest',
      'snapshot',
    ];
    const row = {
      ...assessmentRow(stored.summary, JSON.stringify(stored.snapshot)),
      summary: JSON.stringify(stored.summary),
      digest: JSON.stringify(digest),
    };
    db.prepare(
      `INSERT INTO assessments (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`,
    ).run(row);
    const addEvent = db.prepare(
      'INSERT INTO events (assessment_id, seq, event, prev_hash, hash) VALUES (?, ?, ?, ?, ?)',
    );
    for (const entry of stored.events)
      addEvent.run(assessment.id, entry.seq, JSON.stringify(entry.event), entry.prevHash, entry.hash);
    db.prepare("INSERT INTO profile (only_one, profile, updated_at) VALUES (1, ?, '2025-01-01')").run(
      JSON.stringify(cafcassProfile),
    );
  } finally {
    db.close();
  }
  return { file, stored, digest };
}
