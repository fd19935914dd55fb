import { UnsupportedVersionError } from '@eqia/core';
import { storeTold } from '@eqia/sdk/adapter';
import type { Pool, PoolClient } from 'pg';
import { checksOrderStep } from './schema-steps/checks-order.js';
import {
  digestPartsKeptStep,
  digestPartsStep,
  listingsStep,
  notifyStep,
  transactionsStep,
} from './schema-steps/kept.js';
import {
  assessmentsStep,
  digestColumnStep,
  equalityDataStep,
  filterColumnsStep,
  objectivesStep,
} from './schema-steps/tables.js';
import { welshTitleStep } from './welsh-title-step.js';

/** A pool or one checked-out client: anything we can send a query to. */
export type Queryable = Pool | PoolClient;

export interface Migration {
  version: number;
  name: string;
  /** The SQL, given the quoted schema name. Runs in one transaction. */
  sql: (schema: string) => string;
}

/**
 * The schema, as versioned steps applied in order, each recorded in `schema_migrations`: this list is
 * their order, each step's SQL in its own file (schema-steps/, welsh-title-step.ts). Never edit a
 * released step (migrations.test.ts pins them): add a new one.
 *
 * Documents are `json`, not `jsonb`: snapshots and events are the legal record and are kept exactly as
 * written (key order, every character, which `jsonb` would reorder or refuse). The typed columns beside
 * them are what the SDK filters on and what indexes cover.
 */
export const migrations: readonly Migration[] = [
  assessmentsStep,
  digestColumnStep,
  filterColumnsStep,
  objectivesStep,
  equalityDataStep,
  notifyStep,
  digestPartsStep,
  transactionsStep,
  listingsStep,
  welshTitleStep,
  digestPartsKeptStep,
  checksOrderStep,
];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;

/** One advisory-lock namespace for eqia; the second key is the schema, so schemas migrate independently. */
const lockNamespace = 0x45_51_49_41; // "EQIA"

/**
 * Bring the schema up to date. Holds an advisory lock for the whole run so that two processes starting
 * at once apply each step exactly once; each step runs in its own transaction with its record in
 * `schema_migrations`, so a failure leaves the schema at the last complete step.
 */
export async function migrate(client: PoolClient, schema: string, schemaName: string): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [lockNamespace, schemaName]);
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const current = await appliedVersion(client, schema);
    if (current > latestSchemaVersion) throw newerSchema(current, schemaName);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql(schema));
        await client.query(`INSERT INTO ${schema}.schema_migrations (version, name) VALUES ($1, $2)`, [
          migration.version,
          migration.name,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [lockNamespace, schemaName]);
  }
}

/** The highest applied step, 0 when there is no migrations table yet. */
export async function appliedVersion(client: Queryable, schema: string): Promise<number> {
  const table = await client.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [
    `${schema}.schema_migrations`,
  ]);
  if (!table.rows[0]?.found) return 0;
  const result = await client.query<{ version: number | null }>(
    `SELECT max(version) AS version FROM ${schema}.schema_migrations`,
  );
  return result.rows[0]?.version ?? 0;
}

export function newerSchema(found: number, schemaName: string): UnsupportedVersionError {
  const values = { schema: schemaName, found: String(found), known: String(latestSchemaVersion) };
  const { message, options } = storeTold('postgresNewerSchema', values);
  return new UnsupportedVersionError(
    message,
    found,
    migrations.map((m) => m.version),
    options,
  );
}
