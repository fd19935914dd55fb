import { defaultProfile, type Profile } from '@eqia/core';
import { type AssessmentChange, createEqia } from '@eqia/sdk';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/index.js';
import { freshSchema, noServer, serverUrl, withSql } from './server.js';

const profile: Profile = {
  ...defaultProfile,
  users: [{ id: 'amara', name: 'Amara', jobTitle: 'Policy officer', roles: ['author'] }],
};

/** The listening connection's server process ends, as in a crash of that backend or a network fault. */
const dropListener = (schema: string) =>
  withSql(async (sql) => {
    const { rows } = await sql.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1`,
      [`eqia watch ${schema}`],
    );
    return rows.length;
  });

const nextChange = (changes: AssessmentChange[], count: number) =>
  expect.poll(() => changes.length, { timeout: 10_000, interval: 50 }).toBeGreaterThanOrEqual(count);

describe.skipIf(noServer)('watching a PostgreSQL store', () => {
  const url = serverUrl ?? '';

  it('keeps telling changes after its listening connection is dropped, and the process lives on', async () => {
    const schema = freshSchema();
    const store = openPostgresStore(url, { schema });
    await store.init({ profile });
    const writer = openPostgresStore(url, { schema });
    const heard: AssessmentChange[] = [];
    const watching = await createEqia({ store }).as('amara');
    await watching.watch({ onChange: (change) => heard.push(change) });
    const amara = await createEqia({ store: writer }).as('amara');

    await amara.create({ title: 'Before the fault' });
    await nextChange(heard, 1);
    expect(await dropListener(schema)).toBe(1);
    // Written at once: whether before the listener is back (read on reconnecting) or after (noticed).
    await amara.create({ title: 'Just after the fault' });
    await nextChange(heard, 2);
    await amara.create({ title: 'Later' });
    await nextChange(heard, 3);
    expect(heard.map((change) => [change.type, change.version])).toEqual([
      ['create', 1],
      ['create', 1],
      ['create', 1],
    ]);
    await Promise.all([writer.close(), store.close()]);
  });

  it("on the app's own pool, holds one connection while watched and gives it back on close", async () => {
    const schema = freshSchema();
    const pool = new pg.Pool({ connectionString: url, max: 3 });
    const store = openPostgresStore({ pool, schema });
    await store.init({ profile });
    const client = await createEqia({ store }).as('amara');
    const feed = await client.watch();
    expect(pool.totalCount - pool.idleCount).toBe(1);
    await store.close();
    for await (const _ of feed);
    expect(pool.totalCount - pool.idleCount).toBe(0);
    await pool.end();
  });
});
