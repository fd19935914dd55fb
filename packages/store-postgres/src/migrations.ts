import { UnsupportedVersionError } from '@eqia/core';
import { storeTold } from '@eqia/sdk/adapter';
import type { Pool, PoolClient } from 'pg';
import { digestPartsKeptWhenSame, digestPartTables } from './digest-parts.js';
import { listingColumn } from './listing-column.js';
import { notifyOnAppend, transactionOfEntry } from './watch.js';
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
 * The schema, as versioned steps applied in order. Never edit a released step: add a new one.
 *
 * Documents are `json`, not `jsonb`: snapshots and events are the legal record and are kept exactly as
 * written (key order, every character, which `jsonb` would reorder or refuse). The typed columns beside
 * them are what the SDK filters on and what indexes cover.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'assessments, append-only events and the profile',
    sql: (s) => `
      CREATE TABLE ${s}.assessments (
        id text PRIMARY KEY,
        version integer NOT NULL CHECK (version >= 1),
        state text NOT NULL,
        stage text,
        title text NOT NULL,
        reference text NOT NULL,
        team text NOT NULL,
        owner text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        outcome text,
        screened_out boolean NOT NULL,
        decision_date date,
        next_review_date date,
        published_at timestamptz,
        negative_characteristics text[] NOT NULL,
        summary json NOT NULL,
        snapshot json NOT NULL
      );
      CREATE INDEX assessments_state ON ${s}.assessments (state);
      CREATE INDEX assessments_team ON ${s}.assessments (team);
      CREATE INDEX assessments_owner ON ${s}.assessments (owner);
      CREATE INDEX assessments_next_review_date ON ${s}.assessments (next_review_date);
      CREATE INDEX assessments_negative_characteristics ON ${s}.assessments USING gin (negative_characteristics);

      CREATE TABLE ${s}.events (
        assessment_id text NOT NULL REFERENCES ${s}.assessments (id),
        seq integer NOT NULL CHECK (seq >= 1),
        event json NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_one_per_position UNIQUE (assessment_id, seq)
      );

      -- The log is append-only: history is corrected by new events, never rewritten.
      CREATE FUNCTION ${s}.refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'eqia events are append-only: % on %.events is refused', TG_OP, TG_TABLE_SCHEMA
          USING ERRCODE = 'restrict_violation',
                HINT = 'Correct an assessment by appending a new event through eqia.';
      END $$;
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON ${s}.events
        FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_event_change();
      CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON ${s}.events
        FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_event_change();

      CREATE TABLE ${s}.profile (
        only_one boolean PRIMARY KEY DEFAULT true CHECK (only_one),
        profile json NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 2,
    name: 'a digest beside each snapshot',
    // Null until the next save or the next init fills it (a digest is computed in TypeScript, under the
    // profile): meanwhile readers fall back to the snapshot, so the step itself is instant.
    sql: (s) => `ALTER TABLE ${s}.assessments ADD COLUMN digest json;`,
  },
  {
    version: 3,
    name: 'the list filters and due dates in indexed columns, and the command that wrote each event',
    // team_key and search_text are lower-cased by JavaScript at each save, as the SDK's filter compares;
    // until a row's next save they are null, and the filters let such a row through for the client to
    // judge. An event's command_id makes a retried append idempotent (postgres-store.ts).
    sql: (s) => `
      ALTER TABLE ${s}.assessments
        ADD COLUMN team_key text,
        ADD COLUMN search_text text,
        ADD COLUMN next_action_due date;
      UPDATE ${s}.assessments SET next_action_due = (
        SELECT min((action->>'dueDate')::date) FROM json_array_elements(summary->'openActions') action);
      CREATE INDEX assessments_team_key ON ${s}.assessments (team_key);
      CREATE INDEX assessments_outcome ON ${s}.assessments (outcome);
      CREATE INDEX assessments_next_action_due ON ${s}.assessments (next_action_due);
      ALTER TABLE ${s}.events ADD COLUMN command_id text;
    `,
  },
  {
    version: 4,
    name: 'equality objectives and their append-only events',
    sql: (s) => `
      CREATE TABLE ${s}.objectives (
        id text PRIMARY KEY,
        version integer NOT NULL CHECK (version >= 1),
        status text NOT NULL,
        owner text NOT NULL,
        title text NOT NULL,
        summary json NOT NULL,
        snapshot json NOT NULL
      );
      CREATE TABLE ${s}.objective_events (
        objective_id text NOT NULL REFERENCES ${s}.objectives (id),
        seq integer NOT NULL CHECK (seq >= 1),
        event json NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (objective_id, seq)
      );
      CREATE TRIGGER objective_events_append_only BEFORE UPDATE OR DELETE ON ${s}.objective_events
        FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_event_change();
      CREATE TRIGGER objective_events_no_truncate BEFORE TRUNCATE ON ${s}.objective_events
        FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_event_change();
    `,
  },
  {
    version: 5,
    name: "the organisation's equality data, one append-only row per import",
    sql: (s) => `
      CREATE TABLE ${s}.equality_data (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        kind text NOT NULL,
        period text NOT NULL,
        entry json NOT NULL
      );
      CREATE FUNCTION ${s}.refuse_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'eqia equality data is append-only: % on %.equality_data is refused', TG_OP, TG_TABLE_SCHEMA
          USING ERRCODE = 'restrict_violation',
                HINT = 'Import the figures again through eqia to replace them.';
      END $$;
      CREATE TRIGGER equality_data_append_only BEFORE UPDATE OR DELETE ON ${s}.equality_data
        FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_data_change();
      CREATE TRIGGER equality_data_no_truncate BEFORE TRUNCATE ON ${s}.equality_data
        FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_data_change();
    `,
  },
  {
    version: 6,
    name: 'the order of changes, told to listeners as each entry is appended',
    sql: notifyOnAppend,
  },
  {
    version: 7,
    name: "the digests' two parts apart, kept by a trigger",
    sql: digestPartTables,
  },
  {
    version: 8,
    name: 'the transaction of each entry, so that a listener misses none committed out of order',
    sql: transactionOfEntry,
  },
  {
    version: 9,
    name: "each assessment's listing (what `eqia list --json` prints), generated from its summary",
    sql: listingColumn,
  },
  welshTitleStep,
  {
    version: 11,
    name: 'a digest part written only when the save changes it',
    sql: digestPartsKeptWhenSame,
  },
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
