import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cafcassProfile, defaultProfile as profile } from '@eqia/core';
import { createClient, listedAsJson } from '@eqia/sdk';
import { chainedAppend, withWelshTitle } from '@eqia/sdk/testing';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { latestSchemaVersion, migrate, migrations } from '../src/schema.js';
import { step9ListingTriggers } from '../src/schema-steps/listings.js';
import { welshTitleStep } from '../src/welsh-title-step.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

/** Takes a store back to the step before the Welsh title's, as an older eqia left it. */
function stepBack(file: string, summaries: Record<string, object>) {
  withRawDatabase(file, (db) => {
    db.exec(`
      DROP TRIGGER assessment_listing_insert;
      DROP TRIGGER assessment_listing_update;
      ${step9ListingTriggers}`);
    const write = db.prepare('UPDATE assessment_list SET summary = ? WHERE id = ?');
    for (const [id, summary] of Object.entries(summaries)) write.run(JSON.stringify(summary), id);
    db.pragma(`user_version = ${welshTitleStep.version - 1}`);
  });
}

/** Every table, index and trigger of a store, as SQLite keeps its SQL, and the step it is at. */
const schemaOf = (file: string) =>
  withRawDatabase(file, (db) => ({
    version: db.pragma('user_version', { simple: true }),
    objects: db
      .prepare(
        "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name",
      )
      .all(),
  }));

const rows = (file: string) =>
  withRawDatabase(file, (db) =>
    db
      .prepare(
        'SELECT l.id, l.summary, s.listing FROM assessment_list AS l JOIN assessment_listing AS s USING (id) ORDER BY id',
      )
      .all(),
  );

describe("the Welsh title's schema step", () => {
  it('is undone here to the very schema the steps before it make', () => {
    // Made by the steps up to this one (later steps change other tables), then taken back.
    const file = freshFile();
    mkdirSync(dirname(file));
    const made = new Database(file);
    migrate(
      made,
      file,
      undefined,
      migrations.filter((step) => step.version <= welshTitleStep.version),
    );
    made.close();
    stepBack(file, {});
    const older = join(dirname(file), 'older.sqlite');
    const db = new Database(older);
    migrate(
      db,
      older,
      undefined,
      migrations.filter((step) => step.version < welshTitleStep.version),
    );
    db.close();
    expect(schemaOf(file)).toEqual(schemaOf(older));
  });

  it('gives a store at the step before it each Welsh title in its summary and listing, the rest as they were', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile });
    const welsh = withWelshTitle(chainedAppend('a1', 1), 'Gweithio "hybrid"\n😀');
    const english = chainedAppend('a2', 1);
    const stale = withWelshTitle(chainedAppend('a4', 1), 'Hen deitl 😀', 'An older English title');
    const current = withWelshTitle(chainedAppend('a5', 1, [], { title: ' Café 😀 ' }), 'Caffi', 'Café 😀');
    const blank = withWelshTitle(chainedAppend('a3', 1), '\u00a0\u3000 ');
    for (const request of [welsh, english, blank, stale, current]) await store.append(request);
    await store.close();
    expect(stale.summary.welshTitleStale).toBe(true);
    expect(current.summary).not.toHaveProperty('welshTitleStale');
    const { welshTitle: _, ...oldSummary } = welsh.summary;
    const { welshTitle: _a, welshTitleStale: _b, ...oldStale } = stale.summary;
    const { welshTitle: _c, ...oldCurrent } = current.summary;
    stepBack(file, { a1: oldSummary, a4: oldStale, a5: oldCurrent });
    const before = rows(file);

    const reopened = openSqliteStore(file);
    const all = [welsh.summary, english.summary, blank.summary, stale.summary, current.summary];
    expect(await reopened.listJson()).toBe(listedAsJson(all));
    expect(JSON.parse(await reopened.listJson())[0]).toMatchObject({ welshTitle: 'Gweithio "hybrid"\n😀' });
    expect(await reopened.list()).toEqual(expect.arrayContaining(all));
    await reopened.close();
    const after = rows(file);
    expect(after.map((row) => (row as { summary: string }).summary)).toEqual(
      all.map((s) => JSON.stringify(s)),
    );
    expect(after.slice(1, 3)).toEqual(before.slice(1, 3));
    withRawDatabase(file, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    });
  });

  it('leaves a store of Welsh written through the client verifying, its listing with the Welsh title', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile: cafcassProfile });
    const client = await createClient({ store, user: 'amara' });
    const { assessment } = await client.create({ title: 'Hybrid working' });
    await client.edit(assessment.id, 'policy', (_policy, welsh) => {
      welsh.set('title', 'Gweithio hybrid');
    });
    const stored = await store.read(assessment.id);
    await client.close();
    const { welshTitle, ...oldSummary } = stored?.summary ?? {};
    expect(welshTitle).toBe('Gweithio hybrid');
    stepBack(file, { [assessment.id]: oldSummary });

    const reopened = openSqliteStore(file);
    const [listing] = JSON.parse(await reopened.listJson());
    expect(listing).toMatchObject({ title: 'Hybrid working', welshTitle: 'Gweithio hybrid' });
    const again = await createClient({ store: reopened, user: 'amara' });
    expect(await again.verify(assessment.id)).toMatchObject({ ok: true });
    await again.close();
  });
});
