import { createHash } from 'node:crypto';
import { NotFoundError, defaultProfile as profile, UnsupportedVersionError } from '@eqia/core';
import { digestAssessment } from '@eqia/core/checks';
import { listedAsJson, listingOf } from '@eqia/sdk';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, openPostgresStore } from '../src/index.js';
import { migrations } from '../src/migrations.js';
import { dropChecksOrder, freshSchema, noServer, serverUrl, withSql } from './server.js';

const url = serverUrl ?? '';
const allSteps = Array.from({ length: latestSchemaVersion }, (_, index) => index + 1);

async function appliedSteps(schema: string): Promise<number[]> {
  return withSql(async (sql) => {
    const result = await sql.query<{ version: number }>(
      `SELECT version FROM "${schema}".schema_migrations ORDER BY version`,
    );
    return result.rows.map((row) => row.version);
  });
}

describe('the schema steps', () => {
  it("never changes a released step: each one's name and SQL, to the byte, as schemas were migrated by it", () => {
    const released = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
    const steps = migrations
      .filter((step) => released.has(step.version))
      .map((step) => `${step.version}: ${digest(step.name)} ${digest(step.sql('"eqia"'))}`);
    expect(steps).toMatchInlineSnapshot(`
      [
        "1: e76f710f9346a8dd c55fc6cb8a3acbc9",
        "2: 56b03a1aff778b89 ac68a14c09872174",
        "3: 26c78eed91d0240f 80a6a6f0fa8a12e8",
        "4: d5ade2131152e4a0 620ec5770efd6024",
        "5: 5b65a4db393b8e4d 0485329df2b66fb8",
        "6: 5a42a565ea25b078 f865746420eadb7f",
        "7: 3e267d4ddafd971d 63c8d104d69f713d",
        "8: b8b7e1abfdb2162a 029f774512dfd5d6",
        "9: 7e30831e43f85be6 f78692456c893509",
        "10: cb40b83c9202ef1f 41d883c861767c4d",
        "11: 7ae8e535cee28a03 ef0e647702ba1372",
        "12: bd494ef1951c403e 9a10efbe23d1b6d0",
      ]
    `);
    // Numbered in order; a number may be missing only while branches that add steps are apart.
    const versions = migrations.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(latestSchemaVersion).toBe(versions.at(-1));
  });
});

describe.skipIf(noServer)('schema creation and migration', () => {
  it('is created only by init, which can be run again without changing anything', async () => {
    const schema = freshSchema();
    const store = openPostgresStore(url, { schema });
    expect(await store.exists()).toBe(false);
    await expect(store.list()).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.append(chainedAppend('a1', 1))).rejects.toBeInstanceOf(NotFoundError);

    await store.init({ profile });
    await store.append(chainedAppend('a1', 1));
    await store.init({ profile: { ...profile, name: 'Another profile' } });
    await openPostgresStore(url, { schema }).init();

    expect(await store.exists()).toBe(true);
    expect(await store.readProfile()).toEqual(profile);
    expect((await store.list()).map((summary) => summary.id)).toEqual(['a1']);
    expect(await appliedSteps(schema)).toEqual(allSteps);
    await store.close();
  });

  it('applies each step once when eight processes start at the same moment', async () => {
    const schema = freshSchema();
    const stores = Array.from({ length: 8 }, () => openPostgresStore(url, { schema, maxConnections: 1 }));
    await Promise.all(stores.map((store) => store.init({ profile })));

    expect(await appliedSteps(schema)).toEqual(allSteps);
    expect(await stores[0]?.readProfile()).toEqual(profile);
    await Promise.all(stores.map((store) => store.close()));
  });

  it('refuses a schema written by a newer eqia rather than misreading it', async () => {
    const schema = freshSchema();
    const store = openPostgresStore(url, { schema });
    await store.init();
    await withSql((sql) =>
      sql.query(`INSERT INTO "${schema}".schema_migrations (version, name) VALUES (99, 'from the future')`),
    );

    const later = openPostgresStore(url, { schema });
    const refusal = await later.list().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnsupportedVersionError);
    expect((refusal as Error).message.replace(schema, '<schema>')).toMatchInlineSnapshot(
      `"The PostgreSQL schema "<schema>" is at version 99, newer than this eqia knows (12): upgrade eqia before using this store."`,
    );
    await expect(later.init()).rejects.toBeInstanceOf(UnsupportedVersionError);
    await Promise.all([store.close(), later.close()]);
  });

  it('brings a schema at step 1 up to date: the rows already there are found by every query, take a digest made for them, and objectives can be kept', async () => {
    const schema = freshSchema();
    const store = openPostgresStore(url, { schema });
    await store.init({ profile });
    const { digest: _, ...beforeDigests } = chainedAppend('a1', 2);
    beforeDigests.summary = {
      ...beforeDigests.summary,
      team: 'Équipe',
      openActions: [
        { id: 'late', dueDate: '2025-01-31' },
        { id: 'later', dueDate: '2026-01-31' },
      ],
    };
    await store.append(beforeDigests);
    // Back to step 1, as an older eqia left it.
    await withSql(async (sql) => {
      await dropChecksOrder(sql, schema);
      await sql.query(`DROP TRIGGER assessment_parts ON "${schema}".assessments`);
      await sql.query(`DROP FUNCTION "${schema}".copy_digest_parts`);
      await sql.query(`DROP TABLE "${schema}".assessment_checks, "${schema}".assessment_annual`);
      await sql.query(
        `ALTER TABLE "${schema}".assessments DROP COLUMN digest, DROP COLUMN team_key,
           DROP COLUMN search_text, DROP COLUMN next_action_due, DROP COLUMN listing`,
      );
      await sql.query(`DROP FUNCTION "${schema}".listing_of`);
      await sql.query(`DROP TRIGGER events_notify ON "${schema}".events`);
      await sql.query(`DROP FUNCTION "${schema}".notify_event_appended`);
      await sql.query(
        `ALTER TABLE "${schema}".events DROP COLUMN command_id, DROP COLUMN sequence, DROP COLUMN txid`,
      );
      await sql.query(`DROP INDEX "${schema}".assessments_outcome`);
      await sql.query(`DELETE FROM "${schema}".schema_migrations WHERE version > 1`);
      await sql.query(`DROP TABLE "${schema}".objective_events, "${schema}".objectives`);
      await sql.query(`DROP TABLE "${schema}".equality_data`);
      await sql.query(`DROP FUNCTION "${schema}".refuse_data_change`);
    });
    await store.close();

    const reopened = openPostgresStore(url, { schema });
    expect(await reopened.readDigests?.()).toEqual([{ summary: beforeDigests.summary }]);
    expect(await appliedSteps(schema)).toEqual(allSteps);
    expect(await reopened.listWithOverdueActions('2025-02-01')).toEqual([beforeDigests.summary]);
    expect(await reopened.listWithOverdueActions('2025-01-31')).toEqual([]);
    expect(await reopened.list({ team: 'éQUIPE', text: 'a1' })).toEqual([beforeDigests.summary]);
    // Step 9 made the rows' listings, which the list reads.
    const made = await withSql((sql) =>
      sql.query(`SELECT listing::text AS listing FROM "${schema}".assessments`),
    );
    expect(made.rows).toEqual([{ listing: JSON.stringify(listingOf(beforeDigests.summary)) }]);
    expect(await reopened.listings({ team: 'éQUIPE' })).toEqual([listingOf(beforeDigests.summary)]);
    expect(await reopened.listJson()).toBe(listedAsJson([beforeDigests.summary]));
    // Step 12 keyed the rows already there, which readChecks reads by.
    const checked: string[] = [];
    for await (const batch of reopened.readChecks?.(10) ?? []) checked.push(...batch.map(({ id }) => id));
    expect(checked).toEqual(['a1']);
    // A row saved before step 2 has no digest until one is made for it (`client.refreshDigests`, through
    // keepDigests), which is cut into its parts as it is written (step 7's trigger).
    const digest = digestAssessment(beforeDigests.snapshot.assessment, profile, []);
    expect(await reopened.keepDigests([{ summary: beforeDigests.summary, digest }])).toBe(1);
    const [filled] = (await reopened.readDigests?.()) ?? [];
    expect(filled?.digest).toEqual(digest);
    for (const part of ['annual', 'checks'] as const)
      expect((await reopened.readDigests?.(undefined, part))?.[0]?.digest?.[part]).toEqual(
        filled?.digest?.[part],
      );
    await reopened.close();
  });
});
