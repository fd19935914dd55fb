import { cafcassProfile, defaultProfile as profile } from '@eqia/core';
import { createClient } from '@eqia/sdk';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

// Schema step 5 keeps each digest's parts in tables of their own, which the whole-store reads use.
describe("the digests' parts, kept apart", () => {
  it('follow the digest however it is written, raw SQL included', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile });
    await store.append(chainedAppend('a1', 2));
    await store.close();
    withRawDatabase(file, (db) =>
      db.exec(
        "UPDATE assessments SET digest = json_set(digest, '$.annual.title', 'Renamed') WHERE id = 'a1'",
      ),
    );

    const reader = openSqliteStore(file);
    const [annual] = await reader.readDigests!(['a1'], 'annual');
    expect(annual?.digest?.annual?.title).toBe('Renamed');
    withRawDatabase(file, (db) => db.exec("UPDATE assessments SET digest = NULL WHERE id = 'a1'"));
    expect(await reader.readDigests!(['a1'], 'checks')).toEqual([{ summary: annual?.summary }]);
    await reader.close();
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
