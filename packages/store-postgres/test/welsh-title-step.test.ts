import { defaultProfile as profile } from '@eqia/core';
import { listedAsJson, listingOf } from '@eqia/sdk';
import { chainedAppend, withWelshTitle } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, openPostgresStore } from '../src/index.js';
import { listingFunction, step9Fields } from '../src/listing-column.js';
import { welshTitleStep } from '../src/welsh-title-step.js';
import { freshSchema, noServer, serverUrl, withSql } from './server.js';

describe.skipIf(noServer)("the Welsh title's schema step", () => {
  it('gives a store at the step before it each Welsh title in its summary and listing, and the rest as they were', async () => {
    const schema = freshSchema();
    const store = openPostgresStore(serverUrl ?? '', { schema });
    await store.init({ profile });
    const welsh = withWelshTitle(chainedAppend('a1', 1), 'Gweithio "hybrid"\n😀');
    const english = chainedAppend('a2', 1);
    const blank = withWelshTitle(chainedAppend('a3', 1), '\u00a0 ');
    for (const request of [welsh, english, blank]) await store.append(request);
    expect(welsh.summary.welshTitle).toBe('Gweithio "hybrid"\n😀');
    expect(blank.summary).not.toHaveProperty('welshTitle');
    const { welshTitle: _, ...oldSummary } = welsh.summary;
    const listings = () =>
      withSql(async (sql) => {
        const found = await sql.query<{ id: string; summary: string; listing: string }>(
          `SELECT id, summary::text AS summary, listing::text AS listing FROM "${schema}".assessments ORDER BY id`,
        );
        return found.rows;
      });
    // Back to the step before, as an older eqia left it: its listing function, the summary it wrote.
    await withSql(async (sql) => {
      await sql.query(listingFunction(`"${schema}"`, 'CREATE OR REPLACE', step9Fields));
      await sql.query(`UPDATE "${schema}".assessments SET summary = $1 WHERE id = 'a1'`, [
        JSON.stringify(oldSummary),
      ]);
      await sql.query(`DELETE FROM "${schema}".schema_migrations WHERE version >= $1`, [
        welshTitleStep.version,
      ]);
    });
    await store.close();
    const before = await listings();
    expect(before[0]?.listing).toBe(JSON.stringify(listingOf(oldSummary)));

    const reopened = openPostgresStore(serverUrl ?? '', { schema });
    const all = [welsh.summary, english.summary, blank.summary];
    expect(await reopened.listJson()).toBe(listedAsJson(all));
    const after = await listings();
    expect(after.map((row) => row.summary)).toEqual(all.map((summary) => JSON.stringify(summary)));
    expect(after[0]?.listing).toBe(JSON.stringify(listingOf(welsh.summary)));
    expect(JSON.parse(after[0]?.listing ?? '')).toMatchObject({ welshTitle: 'Gweithio "hybrid"\n😀' });
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(await reopened.list()).toEqual(expect.arrayContaining(all));
    const applied = await withSql((sql) =>
      sql.query(`SELECT max(version) AS version FROM "${schema}".schema_migrations`),
    );
    expect(applied.rows[0]?.version).toBe(latestSchemaVersion);
    await reopened.close();
  });
});
