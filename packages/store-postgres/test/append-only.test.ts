import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { noServer, openTestStore, withSql } from './server.js';

describe.skipIf(noServer)('the events table is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE from any login, and the log stays as written', async () => {
    const store = openTestStore();
    await store.init();
    const request = chainedAppend('a1', 2);
    await store.append(request);
    const events = `${store.location.match(/schema (\w+)/)?.[1]}.events`;

    await withSql(async (sql) => {
      await expect(sql.query(`UPDATE ${events} SET hash = 'forged' WHERE seq = 1`)).rejects.toThrow(
        /append-only: UPDATE/,
      );
      await expect(sql.query(`DELETE FROM ${events} WHERE seq = 2`)).rejects.toThrow(/append-only: DELETE/);
      await expect(sql.query(`TRUNCATE ${events}`)).rejects.toThrow(/append-only: TRUNCATE/);
    });

    expect((await store.read('a1'))?.events).toEqual(request.events);
    await store.close();
  });
});
