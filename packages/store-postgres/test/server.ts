import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { openPostgresStore, type PostgresStoreOptions } from '../src/index.js';

/**
 * The test server, from EQIA_TEST_PG_URL. CI must provide one (tests that silently skip there prove
 * nothing); locally the tests skip and say how to start one.
 */
export const serverUrl = process.env.EQIA_TEST_PG_URL;

if (!serverUrl) {
  const howTo =
    'Start a throwaway server from the repository root with `source .ci/postgres.sh && start_postgres` ' +
    '(needs `apt-get install postgresql`), then run the tests in the same shell.';
  if (process.env.CI)
    throw new Error(`EQIA_TEST_PG_URL is not set, so the PostgreSQL store cannot be tested. ${howTo}`);
  console.warn(`Skipping the PostgreSQL store tests: EQIA_TEST_PG_URL is not set. ${howTo}`);
}

export const noServer = !serverUrl;

/** A schema name no other test file or process uses; dropped when the file's tests end. */
export function freshSchema(): string {
  const schema = `eqia_test_${randomBytes(6).toString('hex')}`;
  created.push(schema);
  return schema;
}

const created: string[] = [];
/** One administrator connection pool per test file, shared by setup, inspection and cleanup. */
let admin: pg.Pool | undefined;

afterAll(async () => {
  if (!serverUrl) return;
  for (const schema of created.splice(0)) await dropSchema(schema);
  await admin?.end();
  admin = undefined;
});

export function openTestStore(options: PostgresStoreOptions = {}) {
  return openPostgresStore(serverUrl ?? 'postgres://unset', { schema: freshSchema(), ...options });
}

/** Run SQL directly, as an administrator (or anyone else with a database login) would. */
export function withSql<T>(work: (sql: pg.Pool) => Promise<T>): Promise<T> {
  admin ??= new pg.Pool({ connectionString: serverUrl, max: 2 });
  return work(admin);
}

export async function dropSchema(schema: string): Promise<void> {
  await withSql((sql) => sql.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
}

/** Takes schema step 12 (the list order's key, schema-steps/checks-order.ts) back out, for a test of an older store. */
export async function dropChecksOrder(sql: pg.Pool, schema: string): Promise<void> {
  await sql.query(`DROP TRIGGER assessment_order ON "${schema}".assessments`);
  await sql.query(`DROP FUNCTION "${schema}".keep_assessment_order`);
  await sql.query(`DROP TABLE "${schema}".assessment_order`);
  await sql.query(`DROP FUNCTION "${schema}".list_order_time`);
}
