import { defaultProfile as profile } from '@eqia/core';
import { filterSummaries, type StoredChecks } from '@eqia/sdk';
import { listOrderKeys, sampleAppend } from '@eqia/sdk/testing';
import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/index.js';
import { freshSchema, noServer, openTestStore, serverUrl, withSql } from './server.js';

/**
 * A store of seven assessments on a pool of the test's own that notes, for each statement that reads
 * the checks parts, how many rows it returned.
 */
async function sevenAssessments() {
  const pool = new pg.Pool({ connectionString: serverUrl, max: 2 });
  const returned: number[] = [];
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<pg.QueryResult>;
    (client as { query: unknown }).query = async (...args: unknown[]) => {
      const result = await query(...args);
      const [first] = args;
      const text = typeof first === 'string' ? first : (first as { text?: string }).text;
      if (text?.includes('assessment_checks') && Array.isArray(result?.rows))
        returned.push(result.rows.length);
      return result;
    };
  });
  const schema = freshSchema();
  const store = openPostgresStore({ pool, schema });
  await store.init({ profile });
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) await store.append(sampleAppend(id, 0));
  returned.length = 0;
  const close = async () => {
    await store.close();
    await pool.end();
  };
  return { store, schema, returned, close };
}

describe.skipIf(noServer)('readChecks', () => {
  it("gives every assessment once in the SDK's list order, in batches of the size asked for, whatever the ids and times", async () => {
    await fc.assert(
      fc.asyncProperty(listOrderKeys(7), fc.integer({ min: 1, max: 3 }), async (rows, batch) => {
        const store = openTestStore();
        await store.init({ profile });
        for (const [key, updatedAt] of rows) {
          const request = sampleAppend(key, 0);
          await store.append({ ...request, summary: { ...request.summary, updatedAt } });
        }
        const batches: string[][] = [];
        for await (const found of store.readChecks?.(batch) ?? []) batches.push(found.map(({ id }) => id));
        expect(batches.flat()).toEqual(filterSummaries(await store.list()).map(({ id }) => id));
        expect(batches.every((found, index) => found.length === batch || index === batches.length - 1)).toBe(
          true,
        );
        await store.close();
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('reads a batch of checks parts at a time, each statement sent only when the next batch is asked for', async () => {
    const { store, returned, close } = await sevenAssessments();
    const batches = store.readChecks?.(2)[Symbol.asyncIterator]();
    const first = await batches?.next();
    expect(first?.value?.map(({ id }: StoredChecks) => id)).toEqual(['a', 'b']);
    // Nothing past the first batch has been read yet.
    expect(returned).toEqual([2]);
    const rest: string[] = [];
    for (let next = await batches?.next(); next && !next.done; next = await batches?.next())
      rest.push(...next.value.map(({ id }) => id));
    expect(rest).toEqual(['c', 'd', 'e', 'f', 'g']);
    expect(returned).toEqual([2, 2, 2, 1]);
    await close();
  });

  it('follows a row written by raw SQL: its key is kept by a trigger, as the row says', async () => {
    const { store, schema, close } = await sevenAssessments();
    await withSql((sql) =>
      sql.query(`UPDATE "${schema}".assessments
                    SET summary = replace(summary::text, '2025-01-01T09:00:01.000Z', '2026-02-01T00:00:00Z')::json,
                        updated_at = '2026-02-01T00:00:00Z'
                  WHERE id = 'e'`),
    );
    const found: StoredChecks[] = [];
    for await (const batch of store.readChecks?.(3) ?? []) found.push(...batch);
    expect(found.map(({ id }) => id)).toEqual(['e', 'a', 'b', 'c', 'd', 'f', 'g']);
    expect(found[0]?.updatedAt).toBe('2026-02-01T00:00:00Z');
    await close();
  });

  it('reads a row whose listing PostgreSQL could not make through the checked summary, in its place', async () => {
    const { store, schema, close } = await sevenAssessments();
    // Half a surrogate pair, as JSON.stringify writes it: PostgreSQL keeps the text but will not decode it.
    await withSql((sql) =>
      sql.query(`UPDATE "${schema}".assessments
                    SET summary = replace(summary::text, '"title":"', '"title":"\\ud800')::json
                  WHERE id = 'c'`),
    );
    const found: StoredChecks[] = [];
    for await (const batch of store.readChecks?.(2) ?? []) found.push(...batch);
    const summaries = filterSummaries(await store.list());
    expect(found.map(({ id, title, state, updatedAt }) => ({ id, title, state, updatedAt }))).toEqual(
      summaries.map(({ id, title, state, updatedAt }) => ({ id, title, state, updatedAt })),
    );
    expect(found[2]?.title).toMatch(/^\ud800/);
    const { digestVersion, checks } = sampleAppend('c', 0).digest ?? {};
    expect(found[2]?.digest).toEqual({ digestVersion, checks });
    await close();
  });
});
