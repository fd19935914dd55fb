import { cafcassProfile, defaultProfile as profile } from '@eqia/core';
import { createClient } from '@eqia/sdk';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

// Each digest is kept as its two parts only (schema steps 5 and 6), which every read of it uses.
describe("the digests' parts, kept apart", () => {
  it('are the digest: read whole or a part, an edit of a part shows, an append without one clears them', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile });
    const first = chainedAppend('a1', 2);
    await store.append(first);
    expect((await store.readDigests!(['a1']))[0]?.digest).toEqual(first.digest);
    withRawDatabase(file, (db) =>
      db.exec("UPDATE assessment_annual SET annual = json_set(annual, '$.annual.title', 'Renamed')"),
    );
    const [whole] = await store.readDigests!(['a1']);
    const [annual] = await store.readDigests!(['a1'], 'annual');
    expect(whole?.digest?.annual?.title).toBe('Renamed');
    expect(annual?.digest).toEqual({
      digestVersion: first.digest?.digestVersion,
      annual: whole?.digest?.annual,
    });
    expect(whole?.digest?.checks).toEqual(first.digest?.checks);

    const { digest: _, ...without } = chainedAppend('a1', 1, first.events);
    await store.append(without);
    const [after] = await store.readDigests!(['a1']);
    expect(after).toEqual({ summary: without.summary });
    expect(await store.readDigests!(['a1'], 'checks')).toEqual([{ summary: without.summary }]);
    await store.close();
  });

  it('are rewritten only when they change: an unchanged part leaves its row and its indexes alone', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile: cafcassProfile });
    const amara = await createClient({ store, user: 'amara' });
    const { assessment } = await amara.create({ title: 'Car parking' });
    // A writer's own trigger counts the rows each save updates in the parts' tables.
    withRawDatabase(file, (db) =>
      db.exec(`CREATE TABLE part_writes (part TEXT);
        CREATE TRIGGER annual_written AFTER UPDATE ON assessment_annual BEGIN INSERT INTO part_writes VALUES ('annual'); END;
        CREATE TRIGGER checks_written AFTER UPDATE ON assessment_checks BEGIN INSERT INTO part_writes VALUES ('checks'); END;`),
    );
    const writes = () =>
      withRawDatabase(file, (db) => db.prepare('SELECT part FROM part_writes').pluck().all());
    const session = await amara.open(assessment.id);
    await session.edit('policy', (policy) => {
      policy.scope = 'Staff and visitors';
    });
    expect(writes()).toEqual([]);
    await session.edit('policy', (policy) => {
      policy.title = 'Car parking and cycles';
    });
    expect(writes()).toEqual(['annual']);
    const [kept] = await store.readDigests!([assessment.id], 'annual');
    expect(kept?.digest?.annual?.title).toBe('Car parking and cycles');
    expect(await amara.verify(assessment.id)).toMatchObject({ ok: true });
    await amara.close();
  });

  it('are compared by verify: a part edited by hand is named', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile: cafcassProfile });
    const amara = await createClient({ store, user: 'amara' });
    const { assessment } = await amara.create({ title: 'Car parking' });
    expect(await amara.verify(assessment.id)).toMatchObject({ ok: true });
    await amara.close();
    withRawDatabase(file, (db) =>
      db.exec("UPDATE assessment_annual SET annual = json_set(annual, '$.annual.title', 'Forged')"),
    );

    const again = await createClient({ store: openSqliteStore(file), user: 'amara' });
    expect(await again.verify(assessment.id)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/stored digest .* differs from the log in its annual part/),
    });
    await again.close();
  });
});
