import {
  type AssessmentSummary,
  type DigestPart,
  digestAssessment,
  type ObjectiveSnapshot,
  type ObjectiveSummary,
  type PersistedSnapshot,
  type Profile,
  type RecordedEvent,
} from '@eqia/core';
import {
  type AppendRequest,
  type AssessmentStore,
  checkAppendRequest,
  type ObjectiveAppendRequest,
  type ReadDigest,
  type StoredAssessment,
  type StoredDigest,
  type StoredObjective,
  type StoredSnapshot,
  storeMissing,
  versionConflict,
} from '@eqia/sdk';
import pg from 'pg';
import { assessmentColumns, assessmentValues } from './assessment-row.js';
import { explainConnectionFailure, parseStoreUrl, quoteSchemaName } from './connection.js';
import { appliedVersion, latestSchemaVersion, migrate, newerSchema } from './migrations.js';
import { appendObjective, objectiveSnapshots, objectiveSummaries, readObjective } from './objectives.js';

export interface PostgresStoreOptions {
  /** The PostgreSQL schema that holds eqia's tables. Default: the URL's `schema` parameter, else `eqia`. */
  schema?: string;
  /** Most connections this process opens. Default 10. */
  maxConnections?: number;
  /** How long to wait for a connection before saying the server is unreachable. Default 10 000 ms. */
  connectionTimeoutMillis?: number;
}

const uniqueViolation = '23505';
const eventsPerStatement = 1000;

/**
 * Open a store in a PostgreSQL database, for organisations whose authors and approvers work on different
 * machines. Nothing is created until `init()`; the first connection is made by the first call.
 */
export function openPostgresStore(url: string, options: PostgresStoreOptions = {}): AssessmentStore {
  return new PostgresStore(url, options);
}

class PostgresStore implements AssessmentStore {
  readonly kind = 'postgres';
  readonly location: string;
  readonly #pool: pg.Pool;
  readonly #schemaName: string;
  /** The quoted schema name, interpolated into every statement. */
  readonly #s: string;
  #ready: Promise<void> | undefined;
  #closed: Promise<void> | undefined;

  constructor(url: string, options: PostgresStoreOptions) {
    const address = parseStoreUrl(url);
    this.#schemaName = options.schema ?? address.schema ?? 'eqia';
    this.#s = quoteSchemaName(this.#schemaName);
    this.location = `${address.shown} (schema ${this.#schemaName})`;
    this.#pool = new pg.Pool({
      connectionString: address.connectionString,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
      application_name: 'eqia',
    });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.#pool.on('error', () => {});
  }

  async exists(): Promise<boolean> {
    return this.#withClient(async (client) => (await appliedVersion(client, this.#s)) > 0);
  }

  async init(options: { profile?: Profile } = {}): Promise<void> {
    await this.#migrated();
    if (options.profile)
      await this.#query(`INSERT INTO ${this.#s}.profile (profile) VALUES ($1) ON CONFLICT DO NOTHING`, [
        JSON.stringify(options.profile),
      ]);
    await this.#fillDigests();
  }

  /**
   * Give every row saved without a digest (before schema step 2, or by an older client) one, under the
   * store's profile. A row saved meanwhile keeps the
   * digest its own append wrote: only a row still at the version read is updated.
   */
  async #fillDigests(): Promise<void> {
    const profile = await this.readProfile();
    if (!profile) return;
    for (;;) {
      const batch = await this.#query<{ id: string; version: number; snapshot: PersistedSnapshot }>(
        `SELECT id, version, snapshot FROM ${this.#s}.assessments WHERE digest IS NULL ORDER BY id LIMIT 200`,
      );
      if (batch.rows.length === 0) return;
      let filled = 0;
      for (const { id, version, snapshot } of batch.rows) {
        const digest = JSON.stringify(digestAssessment(snapshot.assessment, profile));
        const updated = await this.#query(
          `UPDATE ${this.#s}.assessments SET digest = $3 WHERE id = $1 AND version = $2 AND digest IS NULL`,
          [id, version, digest],
        );
        filled += updated.rowCount ?? 0;
      }
      // Nothing filled means every row left was saved meanwhile without a digest: leave those to fall back.
      if (filled === 0) return;
    }
  }

  async read(id: string): Promise<StoredAssessment | undefined> {
    await this.#requireSchema();
    // One statement, so the snapshot, summary and events come from the same moment.
    const result = await this.#query<{
      summary: AssessmentSummary;
      snapshot: PersistedSnapshot;
      events: RecordedEvent[];
    }>(
      `SELECT a.summary, a.snapshot,
              (SELECT coalesce(json_agg(json_build_object(
                        'seq', e.seq, 'event', e.event, 'prevHash', e.prev_hash, 'hash', e.hash)
                        ORDER BY e.seq), '[]'::json)
                 FROM ${this.#s}.events e WHERE e.assessment_id = a.id) AS events
         FROM ${this.#s}.assessments a WHERE a.id = $1`,
      [id],
    );
    const row = result.rows[0];
    return row && { summary: row.summary, snapshot: row.snapshot, events: row.events };
  }

  async append(request: AppendRequest): Promise<void> {
    checkAppendRequest(request);
    await this.#requireSchema();
    await this.#withClient(async (client) => {
      await client.query('BEGIN');
      try {
        await this.#appendInTransaction(client, request);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        // Two creators of the same id both saw no row: the unique key decides, the loser gets a conflict.
        if ((error as { code?: unknown }).code === uniqueViolation)
          throw versionConflict(
            request.id,
            request.expectedVersion,
            await this.#versionOf(client, request.id),
          );
        throw error;
      }
    });
  }

  async #appendInTransaction(client: pg.PoolClient, request: AppendRequest): Promise<void> {
    const { id, expectedVersion, events } = request;
    // The row lock serialises appends to one assessment; appends to others go on in parallel.
    const current = await client.query<{ version: number }>(
      `SELECT version FROM ${this.#s}.assessments WHERE id = $1 FOR UPDATE`,
      [id],
    );
    const actual = current.rows[0]?.version ?? 0;
    if (actual !== expectedVersion) throw versionConflict(id, expectedVersion, actual);

    const version = expectedVersion + events.length;
    const values = assessmentValues(
      version,
      request.summary,
      JSON.stringify(request.snapshot),
      request.digest,
    );
    const params = values.map((_, i) => `$${i + 2}`).join(', ');
    if (current.rows.length === 0)
      await client.query(
        `INSERT INTO ${this.#s}.assessments (id, ${assessmentColumns.join(', ')}) VALUES ($1, ${params})`,
        [id, ...values],
      );
    else
      await client.query(
        `UPDATE ${this.#s}.assessments SET ${assessmentColumns.map((c, i) => `${c} = $${i + 2}`).join(', ')}
          WHERE id = $1`,
        [id, ...values],
      );

    // In batches: one statement takes at most 65 535 parameters, and a copied log can be long.
    for (let start = 0; start < events.length; start += eventsPerStatement) {
      const batch = events.slice(start, start + eventsPerStatement);
      const rows = batch.map((_, i) => `($1, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}, $${i * 4 + 5})`);
      await client.query(
        `INSERT INTO ${this.#s}.events (assessment_id, seq, event, prev_hash, hash) VALUES ${rows.join(', ')}`,
        [id, ...batch.flatMap((e) => [e.seq, JSON.stringify(e.event), e.prevHash, e.hash])],
      );
    }
  }

  async list(): Promise<AssessmentSummary[]> {
    await this.#requireSchema();
    const result = await this.#query<{ summary: AssessmentSummary }>(
      `SELECT summary FROM ${this.#s}.assessments ORDER BY id`,
    );
    return result.rows.map((row) => row.summary);
  }

  /** Only the assessments table: the events, most of the bytes, are never touched. */
  async readSnapshots(ids?: readonly string[]): Promise<StoredSnapshot[]> {
    await this.#requireSchema();
    const columns = 'SELECT summary, snapshot FROM';
    const result = await this.#query<StoredSnapshot>(
      ids === undefined
        ? `${columns} ${this.#s}.assessments`
        : `${columns} ${this.#s}.assessments WHERE id = ANY($1::text[])`,
      ids === undefined ? [] : [[...ids]],
    );
    return result.rows.map(({ summary, snapshot }) => ({ summary, snapshot }));
  }

  /**
   * Only the assessments table's summary and digest columns: neither the snapshots nor the events. With
   * a part, the server sends only that part of each digest.
   */
  async readDigests(ids?: readonly string[], part?: DigestPart): Promise<StoredDigest[]> {
    await this.#requireSchema();
    const digest = part
      ? `CASE WHEN digest IS NULL THEN NULL ELSE json_build_object('digestVersion', digest->'digestVersion', '${part === 'annual' ? 'annual' : 'checks'}', digest->'${part === 'annual' ? 'annual' : 'checks'}') END`
      : 'digest';
    const columns = `SELECT summary, ${digest} AS digest FROM`;
    const result = await this.#query<{ summary: AssessmentSummary; digest: ReadDigest | null }>(
      ids === undefined
        ? `${columns} ${this.#s}.assessments`
        : `${columns} ${this.#s}.assessments WHERE id = ANY($1::text[])`,
      ids === undefined ? [] : [[...ids]],
    );
    return result.rows.map(({ summary, digest }) => (digest ? { summary, digest } : { summary }));
  }

  async readObjective(id: string): Promise<StoredObjective | undefined> {
    await this.#requireSchema();
    return this.#withClient((client) => readObjective(client, this.#s, id));
  }

  async appendObjective(request: ObjectiveAppendRequest): Promise<void> {
    checkAppendRequest(request, 'objective');
    await this.#requireSchema();
    await this.#withClient(async (client) => {
      await client.query('BEGIN');
      try {
        await appendObjective(client, this.#s, request);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        // Two creators of the same id both saw no row: the primary key decides, the loser gets a conflict.
        if ((error as { code?: unknown }).code === uniqueViolation)
          throw versionConflict(request.id, request.expectedVersion, 1, 'objective');
        throw error;
      }
    });
  }

  async listObjectives(): Promise<ObjectiveSummary[]> {
    await this.#requireSchema();
    return this.#withClient((client) => objectiveSummaries(client, this.#s));
  }

  async readObjectiveSnapshots(): Promise<ObjectiveSnapshot[]> {
    await this.#requireSchema();
    return this.#withClient((client) => objectiveSnapshots(client, this.#s));
  }

  async readProfile(): Promise<Profile | undefined> {
    await this.#requireSchema();
    const result = await this.#query<{ profile: Profile }>(`SELECT profile FROM ${this.#s}.profile`);
    return result.rows[0]?.profile;
  }

  async writeProfile(profile: Profile): Promise<void> {
    await this.#requireSchema();
    await this.#query(
      `INSERT INTO ${this.#s}.profile (profile) VALUES ($1)
       ON CONFLICT (only_one) DO UPDATE SET profile = excluded.profile, updated_at = now()`,
      [JSON.stringify(profile)],
    );
  }

  /** Ends the connection pool; closing again is harmless, as with the other stores. */
  close(): Promise<void> {
    this.#closed ??= this.#pool.end();
    return this.#closed;
  }

  /** Create or upgrade the schema once per store object. */
  #migrated(): Promise<void> {
    this.#ready ??= this.#withClient((client) => migrate(client, this.#s, this.#schemaName)).catch(
      (error: unknown) => {
        this.#ready = undefined;
        throw error;
      },
    );
    return this.#ready;
  }

  /**
   * The schema must be there: stores are only created on purpose, by `init()`. An older schema is brought
   * up to date first (as the SQLite store's schema is); one written by a newer eqia is refused rather
   * than misread.
   */
  async #requireSchema(): Promise<void> {
    if (this.#ready) return this.#ready;
    const version = await this.#withClient((client) => appliedVersion(client, this.#s));
    if (version === 0) throw storeMissing(this.location);
    if (version > latestSchemaVersion) throw newerSchema(version, this.#schemaName);
    if (version === latestSchemaVersion) this.#ready = Promise.resolve();
    return this.#migrated();
  }

  async #versionOf(client: pg.PoolClient, id: string): Promise<number> {
    const result = await client.query<{ version: number }>(
      `SELECT version FROM ${this.#s}.assessments WHERE id = $1`,
      [id],
    );
    return result.rows[0]?.version ?? 0;
  }

  #query<Row extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<Row>> {
    return this.#withClient((client) => client.query<Row>(sql, params));
  }

  async #withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (error) {
      throw explainConnectionFailure(error, this.location);
    }
    let broken = false;
    try {
      return await work(client);
    } catch (error) {
      // An error without a SQLSTATE or eqia code is the connection itself failing: do not reuse it.
      broken = typeof (error as { code?: unknown } | null)?.code !== 'string';
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
