import { NotFoundError, StoreUnavailableError, ValidationError } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/index.js';
import { noServer, serverUrl } from './server.js';

describe('connecting', () => {
  it('never shows the password in the store location', () => {
    const store = openPostgresStore(
      'postgres://approver:s3cret@db.example.org:5432/eqia?password=other&sslmode=require',
      {
        schema: 'equality',
      },
    );
    expect(store.kind).toBe('postgres');
    expect(store.location).not.toMatch(/s3cret|other/);
    expect(store.location).toMatchInlineSnapshot(
      `"postgres://approver@db.example.org:5432/eqia?sslmode=require (schema equality)"`,
    );
  });

  it('takes the schema from the URL when no option names one', () => {
    expect(openPostgresStore('postgres://eqia@localhost/eqia?schema=housing').location).toBe(
      'postgres://eqia@localhost/eqia (schema housing)',
    );
    expect(openPostgresStore('postgres://eqia@localhost/eqia').location).toBe(
      'postgres://eqia@localhost/eqia (schema eqia)',
    );
  });

  it('says where it tried and what to check when the server cannot be reached', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const store = openPostgresStore('postgres://eqia:pw@127.0.0.1:1/eqia', {
      connectionTimeoutMillis: 2000,
      retryForMillis: 300,
    });
    const failure = await store.exists().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(failure).toMatchObject({ code: 'UNAVAILABLE', written: 'nothing' });
    expect((failure as Error).message).toMatchInlineSnapshot(
      `"Cannot reach the PostgreSQL server of the store postgres://eqia@127.0.0.1:1/eqia (schema eqia) (ECONNREFUSED). Nothing was written. Check that the server is running, that the host and port in the URL are right, and that no firewall blocks the port; then try again."`,
    );
    await store.close();
  });

  it.skipIf(noServer)('says so when the database does not exist', async () => {
    const url = new URL(serverUrl ?? '');
    url.pathname = '/no_such_database';
    const store = openPostgresStore(url.toString());
    const failure = await store.list().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotFoundError);
    expect((failure as Error).message).toMatch(/the database does not exist/);
    await store.close();
    await store.close();
  });

  it('refuses a schema name that is not a plain identifier, and an address that is not a postgres URL', () => {
    expect(() => openPostgresStore('postgres://localhost/eqia', { schema: 'eqia; DROP TABLE x' })).toThrow(
      ValidationError,
    );
    expect(() => openPostgresStore('mysql://localhost/eqia')).toThrow(ValidationError);
  });
});
