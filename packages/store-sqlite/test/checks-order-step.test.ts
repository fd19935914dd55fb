import { cafcassProfile } from '@eqia/core';
import { digestAssessment } from '@eqia/core/checks';
import { filterSummaries, type StoredChecks } from '@eqia/sdk';
import { sampleAppend } from '@eqia/sdk/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksOrderStep } from '../src/checks-order-step.js';
import { openSqliteStore, type SqliteStore } from '../src/index.js';
import { latestSchemaVersion } from '../src/schema.js';
import { listOrderKeys, storeOf } from './list-order-keys.js';
import { withRawDatabase } from './raw-database.js';

/** The checks parts' ids in the order they lie in their table (rowid order). */
const partsInTableOrder = (file: string) =>
  withRawDatabase(file, (db) =>
    db.prepare('SELECT id FROM assessment_checks ORDER BY rowid').pluck().all(),
  ) as string[];

const partRows = (file: string) =>
  withRawDatabase(file, (db) =>
    db.prepare('SELECT id, profile_fingerprint, checks FROM assessment_checks ORDER BY id').all(),
  );

async function everyChecks(store: SqliteStore): Promise<StoredChecks[]> {
  const all: StoredChecks[] = [];
  for await (const batch of store.readChecks?.(3) ?? []) all.push(...batch);
  return all;
}

describe("the checks parts' order step", () => {
  it('lays the parts of a store at the step before it in the reverse of list order, the same rows read the same', async () => {
    await fc.assert(
      fc.asyncProperty(listOrderKeys(8), async (rows) => {
        const store = await storeOf(rows);
        const file = store.location;
        const listed = filterSummaries(await store.list()).map(({ id }) => id);
        const read = await everyChecks(store);
        await store.close();
        withRawDatabase(file, (db) => db.pragma(`user_version = ${checksOrderStep.version - 1}`));
        const before = partRows(file);

        const reopened = openSqliteStore(file);
        expect(await everyChecks(reopened)).toEqual(read);
        await reopened.close();
        expect(partsInTableOrder(file)).toEqual(listed.toReversed());
        expect(partRows(file)).toEqual(before);
        withRawDatabase(file, (db) => {
          expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        });
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('keeps a part whose summary is gone, first', async () => {
    const store = await storeOf([
      ['a1', '2026-01-01T09:00:00.000Z'],
      ['a2', '2026-01-02T09:00:00.000Z'],
    ]);
    const file = store.location;
    await store.close();
    withRawDatabase(file, (db) => {
      db.exec("DELETE FROM assessment_list WHERE id = 'a2'");
      db.pragma(`user_version = ${checksOrderStep.version - 1}`);
    });
    const before = partRows(file);
    const reopened = openSqliteStore(file);
    await reopened.list();
    await reopened.close();
    expect(partsInTableOrder(file)).toEqual(['a2', 'a1']);
    expect(partRows(file)).toEqual(before);
  });

  it('moves a part to the end when a save changes it, and leaves an unchanged one where it lies', async () => {
    const store = await storeOf([
      ['a1', '2026-01-01T09:00:00.000Z'],
      ['a2', '2026-01-02T09:00:00.000Z'],
      ['a3', '2026-01-03T09:00:00.000Z'],
    ]);
    const file = store.location;
    expect(partsInTableOrder(file)).toEqual(['a1', 'a2', 'a3']);
    const rowids = () =>
      withRawDatabase(file, (db) =>
        db.prepare('SELECT id, rowid FROM assessment_checks ORDER BY id').raw().all(),
      );
    // Saved again as it was: the part is the same, so its row stays (and is not written).
    const before = rowids();
    await store.append(sampleAppend('a1', 1));
    expect(rowids()).toEqual(before);
    // Digested under another profile: a changed part, moved to the end.
    const changed = sampleAppend('a2', 1);
    await store.append({
      ...changed,
      digest: digestAssessment(changed.snapshot.assessment, cafcassProfile),
    });
    expect(partsInTableOrder(file)).toEqual(['a1', 'a3', 'a2']);
    const [kept] = await store.readDigests!(['a2'], 'checks');
    expect(kept?.digest?.checks?.profileFingerprint).toBe(
      digestAssessment(changed.snapshot.assessment, cafcassProfile).checks.profileFingerprint,
    );
    await store.close();
  });
});
