import { englishFingerprint, defaultProfile as profile } from '@eqia/core';
import { listedAsJson, listingOf } from '@eqia/sdk';
import { chainedAppend, withWelshTitle } from '@eqia/sdk/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, openPostgresStore } from '../src/index.js';
import { listingFunction, step9Fields } from '../src/listing-column.js';
import { fingerprintFunction, welshTitleStep } from '../src/welsh-title-step.js';
import { dropChecksOrder, freshSchema, noServer, serverUrl, withSql } from './server.js';

describe.skipIf(noServer)("the Welsh title's schema step", () => {
  it('gives a store at the step before it each Welsh title in its summary and listing, and the rest as they were', async () => {
    const schema = freshSchema();
    const store = openPostgresStore(serverUrl ?? '', { schema });
    await store.init({ profile });
    const welsh = withWelshTitle(chainedAppend('a1', 1), 'Gweithio "hybrid"\n😀');
    const english = chainedAppend('a2', 1);
    const stale = withWelshTitle(chainedAppend('a4', 1), 'Hen deitl 😀', 'An older English title');
    const current = withWelshTitle(chainedAppend('a5', 1, [], { title: ' Café 😀 ' }), 'Caffi', 'Café 😀');
    const blank = withWelshTitle(chainedAppend('a3', 1), '\u00a0 ');
    for (const request of [welsh, english, blank, stale, current]) await store.append(request);
    expect(welsh.summary.welshTitle).toBe('Gweithio "hybrid"\n😀');
    expect(blank.summary).not.toHaveProperty('welshTitle');
    expect(stale.summary.welshTitleStale).toBe(true);
    expect(current.summary).not.toHaveProperty('welshTitleStale');
    const { welshTitle: _, ...oldSummary } = welsh.summary;
    const { welshTitle: _a, welshTitleStale: _b, ...oldStale } = stale.summary;
    const { welshTitle: _c, ...oldCurrent } = current.summary;
    const listings = () =>
      withSql(async (sql) => {
        const found = await sql.query<{ id: string; summary: string; listing: string }>(
          `SELECT id, summary::text AS summary, listing::text AS listing FROM "${schema}".assessments ORDER BY id`,
        );
        return found.rows;
      });
    // Back to the step before, as an older eqia left it: its listing function, the summary it wrote.
    await withSql(async (sql) => {
      await dropChecksOrder(sql, schema);
      await sql.query(listingFunction(`"${schema}"`, 'CREATE OR REPLACE', step9Fields));
      for (const [id, summary] of Object.entries({ a1: oldSummary, a4: oldStale, a5: oldCurrent }))
        await sql.query(`UPDATE "${schema}".assessments SET summary = $1 WHERE id = $2`, [
          JSON.stringify(summary),
          id,
        ]);
      await sql.query(`DELETE FROM "${schema}".schema_migrations WHERE version >= $1`, [
        welshTitleStep.version,
      ]);
    });
    await store.close();
    const before = await listings();
    expect(before[0]?.listing).toBe(JSON.stringify(listingOf(oldSummary)));

    const reopened = openPostgresStore(serverUrl ?? '', { schema });
    const all = [welsh.summary, english.summary, blank.summary, stale.summary, current.summary];
    expect(await reopened.listJson()).toBe(listedAsJson(all));
    const after = await listings();
    expect(after.map((row) => row.summary)).toEqual(all.map((summary) => JSON.stringify(summary)));
    expect(after[0]?.listing).toBe(JSON.stringify(listingOf(welsh.summary)));
    expect(JSON.parse(after[0]?.listing ?? '')).toMatchObject({ welshTitle: 'Gweithio "hybrid"\n😀' });
    expect(after.slice(1, 3)).toEqual(before.slice(1, 3));
    expect(await reopened.list()).toEqual(expect.arrayContaining(all));
    const applied = await withSql((sql) =>
      sql.query(`SELECT max(version) AS version FROM "${schema}".schema_migrations`),
    );
    expect(applied.rows[0]?.version).toBe(latestSchemaVersion);
    await reopened.close();
  });
});

describe.skipIf(noServer)("the step's fingerprint of English", () => {
  it("is core's englishFingerprint, for any text (space around it, characters past U+FFFF)", async () => {
    const texts = fc
      .sample(
        fc.oneof(
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: 'binary' }),
          fc.constant(' \u3000Café 😀\n'),
        ),
        { numRuns: 200, seed: 11 },
      )
      .map((text) => text.replaceAll('\u0000', '').replace(/[\ud800-\udfff]/gu, ''));
    const found = await withSql(async (sql) => {
      const client = await sql.connect();
      try {
        await client.query(fingerprintFunction);
        const result = await client.query<{ fingerprint: string }>(
          'SELECT pg_temp.english_fingerprint(t) AS fingerprint FROM unnest($1::text[]) WITH ORDINALITY AS x (t, n) ORDER BY n',
          [texts],
        );
        return result.rows.map((row) => row.fingerprint);
      } finally {
        await client.query('DROP FUNCTION pg_temp.english_fingerprint(text)');
        client.release();
      }
    });
    expect(found).toEqual(texts.map(englishFingerprint));
  });
});
