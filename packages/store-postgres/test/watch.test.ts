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

  it('tells, once, an entry committed while it was reconnecting after entries with later sequences', async () => {
    const schema = freshSchema();
    // The watcher's pool: while the gate is shut, a new connection waits (its listener is "away").
    let gate = Promise.resolve();
    class GatedPool extends pg.Pool {
      override async connect() {
        await gate;
        return super.connect();
      }
    }
    const pool = new GatedPool({ connectionString: url, max: 4 });
    const store = openPostgresStore({ pool, schema });
    await store.init({ profile });
    // A test-only trigger holds the transaction that logs "slow" open, its sequence taken, until let go.
    await withSql((sql) =>
      sql.query(`
        CREATE FUNCTION "${schema}".hold_slow() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_advisory_xact_lock_shared(4242); RETURN NULL; END $$;
        CREATE TRIGGER hold_slow AFTER INSERT ON "${schema}".events
          FOR EACH ROW WHEN (NEW.assessment_id = 'slow') EXECUTE FUNCTION "${schema}".hold_slow();`),
    );
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock(4242)');

    const heard: AssessmentChange[] = [];
    const watching = await createEqia({ store }).as('amara');
    await watching.watch({ onChange: (change) => heard.push(change) });
    const writer = openPostgresStore(url, { schema });
    const amara = await createEqia({ store: writer }).as('amara');

    const slow = amara.create({ id: 'slow', title: 'Logged first, committed last' });
    await expect
      .poll(
        async () =>
          (
            await withSql((sql) =>
              sql.query(`SELECT 1 FROM pg_locks WHERE NOT granted AND locktype = 'advisory'`),
            )
          ).rowCount,
      )
      .toBe(1);
    await amara.create({ id: 'fast', title: 'Logged second, committed first' });
    await nextChange(heard, 1);

    let open = () => {};
    gate = new Promise((resolve) => {
      open = resolve;
    });
    expect(await dropListener(schema)).toBe(1);
    await holder.query('SELECT pg_advisory_unlock(4242)');
    await slow;
    open();
    await nextChange(heard, 2);
    await amara.create({ id: 'later', title: 'After it is back' });
    await nextChange(heard, 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard.map((change) => change.id)).toEqual(['fast', 'slow', 'later']);
    await holder.end();
    await Promise.all([writer.close(), store.close()]);
    await pool.end();
  });
});
