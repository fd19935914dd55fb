import { defaultProfile as profile } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/index.js';
import { freshSchema, noServer, openTestStore, serverUrl, withSql } from './server.js';

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'done',
    (error: unknown) => (error as { code?: string }).code ?? String(error),
  );

const abortAfter = (ms: number) => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
};

describe.skipIf(noServer)('the PostgreSQL store on the app’s own pool', () => {
  it('works on it, and leaves it open when the store closes', async () => {
    const pool = new pg.Pool({ connectionString: serverUrl, max: 2 });
    const store = openPostgresStore({ pool, schema: freshSchema() });
    expect(store.location).toMatch(/^postgres:\/\/eqia@127\.0\.0\.1:\d+\/postgres \(the app's pool\)/);
    await store.init({ profile });
    await store.append(chainedAppend('a', 1));
    await store.close();
    expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await pool.end();
  });
});

describe.skipIf(noServer)('a call with { signal }', () => {
  it('cancels a save waiting for a lock: the server stops the statement, and nothing is written', async () => {
    const store = openTestStore();
    await store.init({ profile });
    const first = chainedAppend('a', 1);
    await store.append(first);
    const schema = store.location.match(/\(schema (\w+)\)$/)?.[1];
    const holder = await withSql((sql) => sql.connect());
    await holder.query('BEGIN');
    await holder.query(`SELECT * FROM "${schema}".assessments WHERE id = 'a' FOR UPDATE`);

    const started = performance.now();
    const save = store.append(chainedAppend('a', 1, first.events), { signal: abortAfter(150) });
    expect(await outcome(save)).toBe('CANCELLED');
    expect(performance.now() - started).toBeLessThan(3_000);
    await holder.query('COMMIT');
    holder.release();
    // Had the statement gone on waiting, it would have saved once the lock was let go.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await store.read('a'))?.events).toHaveLength(1);
    await store.close();
  });

  it('stops waiting for a connection when every one is busy', async () => {
    const store = openTestStore({ maxConnections: 1 });
    await store.init({ profile });
    await store.append(chainedAppend('a', 1));
    const schema = store.location.match(/\(schema (\w+)\)$/)?.[1];
    const holder = await withSql((sql) => sql.connect());
    await holder.query('BEGIN');
    await holder.query(`LOCK TABLE "${schema}".assessments IN ACCESS EXCLUSIVE MODE`);
    // The only connection waits on the lock; the read behind it waits for that connection.
    const blocked = store.read('a', { signal: abortAfter(2_000) });
    const read = store.read('a', { signal: abortAfter(150) });
    expect(await outcome(read)).toBe('CANCELLED');
    expect(await outcome(blocked)).toBe('CANCELLED');
    await holder.query('COMMIT');
    holder.release();
    expect((await store.read('a'))?.events).toHaveLength(1);
    await store.close();
  });

  it('refuses at once when the signal has already fired', async () => {
    const store = openTestStore();
    await store.init({ profile });
    expect(await outcome(store.list({}, { signal: AbortSignal.abort() }))).toBe('CANCELLED');
    await store.close();
  });
});
