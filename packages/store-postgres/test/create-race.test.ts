import { ConflictError, defaultProfile as profile } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/index.js';
import { freshSchema, noServer, serverUrl, withSql } from './server.js';

describe.skipIf(noServer)('creating the same assessment from eight connections at once', () => {
  it('lets exactly one in; the others get a ConflictError naming the version the winner wrote', async () => {
    const schema = freshSchema();
    const stores = Array.from({ length: 8 }, () => openPostgresStore(serverUrl ?? '', { schema }));
    await stores[0]?.init({ profile });

    // Hold back every insert until all eight have checked the version and found no assessment, so that
    // the primary key, not the row lock, has to settle it.
    const gate = await withSql((sql) => sql.connect());
    await gate.query('BEGIN');
    await gate.query(`LOCK TABLE "${schema}".assessments IN SHARE MODE`);
    const attempts = stores.map((store, i) => store.append(chainedAppend('same', i + 1)).then(() => i));
    await untilWaiting(8, schema);
    await gate.query('COMMIT');
    gate.release();

    const results = await Promise.allSettled(attempts);
    const winners = results.filter((result) => result.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    const written = (winners[0] as PromiseFulfilledResult<number>).value + 1;
    for (const result of results.filter((r) => r.status === 'rejected')) {
      expect(result.reason).toBeInstanceOf(ConflictError);
      expect(result.reason).toMatchObject({ expectedVersion: 0, actualVersion: written });
    }
    expect((await stores[0]?.read('same'))?.events).toHaveLength(written);
    await Promise.all(stores.map((store) => store.close()));
  });
});

/** Wait until this many sessions are blocked on a lock in this schema (polling the server, not the clock). */
async function untilWaiting(count: number, schema: string): Promise<void> {
  for (;;) {
    const result = await withSql((sql) =>
      sql.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND position($1 in query) > 0`,
        [schema],
      ),
    );
    if ((result.rows[0]?.waiting ?? 0) >= count) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
