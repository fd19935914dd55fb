import { defaultProfile as profile } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/index.js';
import { freshSchema, noServer, openTestStore, serverUrl, withSql } from './server.js';

/** The transaction that last wrote each part's row (its xmin): the same when the row was left alone. */
async function partWriters(schema: string, id: string) {
  return withSql(async (sql) => {
    const writer = async (table: string) =>
      (await sql.query<{ xmin: string }>(`SELECT xmin::text FROM "${schema}".${table} WHERE id = $1`, [id]))
        .rows[0]?.xmin;
    return { checks: await writer('assessment_checks'), annual: await writer('assessment_annual') };
  });
}

describe.skipIf(noServer)("a save leaves the digest's parts it does not change (schema step 11)", () => {
  it('writes neither part when the digest is the same, only the annual part when a title changes', async () => {
    const schema = freshSchema();
    const store = openPostgresStore(serverUrl ?? '', { schema });
    await store.init({ profile });
    const first = chainedAppend('a1', 1, [], { title: 'Hybrid working' });
    await store.append(first);
    const created = await partWriters(schema, 'a1');
    expect(created.checks).toBeDefined();
    expect(created.annual).toBeDefined();

    // The same assessment saved again: the same digest, so both parts are left as they were.
    const same = chainedAppend('a1', 1, first.events, { title: 'Hybrid working' });
    await store.append(same);
    expect(await partWriters(schema, 'a1')).toEqual(created);

    // A new title: the annual facts name it, the checks' part is as it was.
    const logged = [...first.events, ...same.events];
    const retitled = chainedAppend('a1', 1, logged, { title: 'Hybrid working, again' });
    await store.append(retitled);
    const after = await partWriters(schema, 'a1');
    expect(after.checks).toBe(created.checks);
    expect(after.annual).not.toBe(created.annual);
    const [kept] = (await store.readDigests?.(['a1'], 'annual')) ?? [];
    expect(kept?.digest).toEqual({
      digestVersion: retitled.digest?.digestVersion,
      annual: retitled.digest?.annual,
    });

    // A save without a digest still takes both parts away.
    const { digest: _, ...without } = chainedAppend('a1', 1, [...logged, ...retitled.events], {
      title: 'Hybrid working',
    });
    await store.append(without);
    expect(await partWriters(schema, 'a1')).toEqual({ checks: undefined, annual: undefined });
    await store.close();
  });

  it('writes the parts of a new assessment, and of one saved with a digest again', async () => {
    const store = openTestStore();
    await store.init({ profile });
    const { digest: _, ...first } = chainedAppend('b1', 1);
    await store.append(first);
    expect(await store.readDigests?.(['b1'], 'checks')).toEqual([{ summary: first.summary }]);
    const next = chainedAppend('b1', 1, first.events);
    await store.append(next);
    const [read] = (await store.readDigests?.(['b1'], 'checks')) ?? [];
    expect(read?.digest).toEqual({ digestVersion: next.digest?.digestVersion, checks: next.digest?.checks });
    await store.close();
  });
});
