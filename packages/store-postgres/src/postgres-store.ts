import {
  type AssessmentSummary,
  type DigestPart,
  digestAssessment,
  type EqualityDataEntry,
  type ObjectiveSnapshot,
  type ObjectiveSummary,
  type PersistedSnapshot,
  type Profile,
  type RecordedEvent,
} from '@eqia/core';
import {
  type AppendRequest,
  type AssessmentStore,
  type CallOptions,
  type ChangeWatcher,
  checkAppendRequest,
  type ListFilter,
  listedAsJson,
  type ObjectiveAppendRequest,
  pause,
  type ReadDigest,
  type StoredAssessment,
  type StoredDigest,
  type StoredObjective,
  type StoredSnapshot,
  storedDocuments,
  storeMissing,
  versionConflict,
} from '@eqia/sdk';
import type pg from 'pg';
import { type AppendStatements, appendStatements } from './append-statement.js';
import { connect, untilCancelled } from './cancellation.js';
import { quoteSchemaName } from './connection.js';
import { actionsOverdueSql, filterSql, reviewDueSql } from './filter-sql.js';
import { appliedVersion, latestSchemaVersion, migrate, newerSchema } from './migrations.js';
import { appendObjective, objectiveSnapshots, objectiveSummaries, readObjective } from './objectives.js';
import { type PoolOptions, poolFromUrl, type StorePool, sharedPool } from './pool.js';
import { explainFailure, isTransient } from './server-faults.js';
import { postgresChanges } from './watch.js';

/** PostgreSQL's unique_violation: two creators of one objective id both found no row. */
const uniqueViolation = '23505';

export interface PostgresStoreOptions extends PoolOptions {
  /** The PostgreSQL schema that holds eqia's tables. Default: the URL's `schema` parameter, else `eqia`. */
  schema?: string;
  /**
   * How long a call keeps trying while the server cannot be reached or drops the connection (a restart),
   * before it gives up with a StoreUnavailableError. Default 15 000 ms; 0 tries once.
   */
  retryForMillis?: number;
}

/** The store on a pool the app made and keeps (`new pg.Pool(…)`): closing the store leaves it open. */
export interface SharedPoolOptions extends Pick<PostgresStoreOptions, 'schema' | 'retryForMillis'> {
  pool: pg.Pool;
}

/**
 * Open a store in a PostgreSQL database, for organisations whose authors and approvers work on different
 * machines: from a URL (the store makes its pool and ends it on close), or on the app's own pool
 * (`openPostgresStore({ pool })`). Nothing is created until `init()`; the first connection is made by
 * the first call.
 */
export function openPostgresStore(url: string, options?: PostgresStoreOptions): AssessmentStore;
export function openPostgresStore(options: SharedPoolOptions): AssessmentStore;
export function openPostgresStore(
  where: string | SharedPoolOptions,
  options: PostgresStoreOptions = {},
): AssessmentStore {
  return typeof where === 'string'
    ? new PostgresStore(poolFromUrl(where, options), options)
    : new PostgresStore(sharedPool(where.pool), where);
}

class PostgresStore implements AssessmentStore {
  readonly kind = 'postgres';
  readonly location: string;
  readonly #pool: pg.Pool;
  readonly #source: StorePool;
  readonly #schemaName: string;
  /** The quoted schema name, interpolated into every statement. */
  readonly #s: string;
  readonly #appends: AppendStatements;
  readonly #retryForMillis: number;
  /** Each row's documents are checked as they are read, as every store checks them. */
  readonly #documents: ReturnType<typeof storedDocuments>;
  #ready: Promise<void> | undefined;
  #closed: Promise<void> | undefined;
  readonly #changes: ReturnType<typeof postgresChanges>;

  constructor(source: StorePool, options: Pick<PostgresStoreOptions, 'schema' | 'retryForMillis'>) {
    this.#source = source;
    this.#schemaName = options.schema ?? source.schema ?? 'eqia';
    this.#s = quoteSchemaName(this.#schemaName);
    this.location = `${source.shown} (schema ${this.#schemaName})`;
    this.#documents = storedDocuments(
      this.location,
      'Nothing was changed. Restore the row from your latest backup of the database.',
    );
    this.#pool = source.pool;
    this.#appends = appendStatements(this.#s);
    this.#retryForMillis = options.retryForMillis ?? 15_000;
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.#pool.on('error', () => {});
    this.#changes = postgresChanges({
      pool: this.#pool,
      s: this.#s,
      schemaName: this.#schemaName,
      ready: () => this.#requireSchema(),
      explain: (error) => explainFailure(error, this.location, 'nothing'),
    });
  }

  /** Tells the watcher of every entry appended from now, by any process: see watch.ts (LISTEN/NOTIFY). */
  watch(watcher: ChangeWatcher, { signal }: { signal: AbortSignal }): Promise<void> {
    return this.#changes.watch(watcher, signal);
  }

  async exists(call?: CallOptions): Promise<boolean> {
    return this.#attempt(async (client) => (await appliedVersion(client, this.#s)) > 0, call?.signal);
  }

  async init(options: { profile?: Profile } = {}, call?: CallOptions): Promise<void> {
    await this.#migrated();
    if (options.profile)
      await this.#query(
        `INSERT INTO ${this.#s}.profile (profile) VALUES ($1) ON CONFLICT DO NOTHING`,
        [JSON.stringify(options.profile)],
        true,
        call?.signal,
      );
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
          true,
        );
        filled += updated.rowCount ?? 0;
      }
      // Nothing filled means every row left was saved meanwhile without a digest: leave those to fall back.
      if (filled === 0) return;
    }
  }

  async read(id: string, call?: CallOptions): Promise<StoredAssessment | undefined> {
    await this.#requireSchema(call?.signal);
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
      false,
      call?.signal,
    );
    const row = result.rows[0];
    return (
      row && {
        summary: this.#documents.summary(row.summary),
        snapshot: this.#documents.snapshot(id, row.snapshot),
        events: row.events,
      }
    );
  }

  /**
   * One statement that checks the version and writes (append-statement.ts), sent again while the server
   * is unreachable. Sent again after a commit whose outcome was lost, it finds its own command's events
   * already stored and succeeds without writing twice.
   */
  async append(request: AppendRequest, call?: CallOptions): Promise<void> {
    checkAppendRequest(request);
    const { query, commandId } = this.#appends.forRequest(request);
    await this.#requireSchema(call?.signal);
    const { id, expectedVersion } = request;
    await this.#attempt(async (client, sending) => {
      sending();
      const result = await client.query<{ appended: number }>(query);
      if ((result.rows[0]?.appended ?? 0) > 0) return;
      const now = await client.query<{ version: number; done: boolean }>(
        this.#appends.outcome(id, expectedVersion, commandId),
      );
      const { version = 0, done = false } = now.rows[0] ?? {};
      if (!done) throw versionConflict(id, expectedVersion, version);
    }, call?.signal);
  }

  /** Filtered by the indexed columns (filter-sql.ts); the client filters and orders again. */
  async list(filter?: ListFilter, call?: CallOptions): Promise<AssessmentSummary[]> {
    const { where, params } = filterSql(filter);
    return this.#summariesWhere(where, params, call?.signal);
  }

  /** Filtered in the database, then ordered as the client orders (jsonb keeps no text to hand over). */
  async listJson(filter?: ListFilter, call?: CallOptions): Promise<string> {
    return listedAsJson(await this.list(filter, call), filter);
  }

  listDueForReview(day: string, call?: CallOptions): Promise<AssessmentSummary[]> {
    return this.#summariesWhere(reviewDueSql('$1'), [day], call?.signal);
  }

  listWithOverdueActions(day: string, call?: CallOptions): Promise<AssessmentSummary[]> {
    return this.#summariesWhere(actionsOverdueSql('$1'), [day], call?.signal);
  }

  async #summariesWhere(
    where: string,
    params: unknown[],
    signal?: AbortSignal,
  ): Promise<AssessmentSummary[]> {
    await this.#requireSchema(signal);
    const result = await this.#query<{ summary: AssessmentSummary }>(
      `SELECT summary FROM ${this.#s}.assessments WHERE ${where}`,
      params,
      false,
      signal,
    );
    return result.rows.map((row) => this.#documents.summary(row.summary));
  }

  /** Only the assessments table: the events, most of the bytes, are never touched. */
  async readSnapshots(ids?: readonly string[], call?: CallOptions): Promise<StoredSnapshot[]> {
    await this.#requireSchema(call?.signal);
    const columns = 'SELECT summary, snapshot FROM';
    const result = await this.#query<StoredSnapshot>(
      ids === undefined
        ? `${columns} ${this.#s}.assessments`
        : `${columns} ${this.#s}.assessments WHERE id = ANY($1::text[])`,
      ids === undefined ? [] : [[...ids]],
      false,
      call?.signal,
    );
    return result.rows.map((row) => {
      const summary = this.#documents.summary(row.summary);
      return { summary, snapshot: this.#documents.snapshot(summary.id, row.snapshot) };
    });
  }

  /**
   * Only the assessments table's summary and digest columns: neither the snapshots nor the events. With
   * a part, the server sends only that part of each digest.
   */
  async readDigests(
    ids?: readonly string[],
    part?: DigestPart,
    filter?: ListFilter,
    call?: CallOptions,
  ): Promise<StoredDigest[]> {
    await this.#requireSchema(call?.signal);
    const name = part === 'annual' ? 'annual' : 'checks';
    const digest = part
      ? `CASE WHEN digest IS NULL THEN NULL ELSE json_build_object('digestVersion', digest->'digestVersion', '${name}', digest->'${name}') END`
      : 'digest';
    const filtered = filterSql(filter, ids === undefined ? 1 : 2);
    const where = ids === undefined ? filtered.where : `id = ANY($1::text[]) AND ${filtered.where}`;
    const result = await this.#query<{ summary: AssessmentSummary; digest: ReadDigest | null }>(
      `SELECT summary, ${digest} AS digest FROM ${this.#s}.assessments WHERE ${where}`,
      ids === undefined ? filtered.params : [[...ids], ...filtered.params],
      false,
      call?.signal,
    );
    return result.rows.map((row) => {
      const summary = this.#documents.summary(row.summary);
      return row.digest ? { summary, digest: this.#documents.digest(summary.id, row.digest) } : { summary };
    });
  }

  async readObjective(id: string, call?: CallOptions): Promise<StoredObjective | undefined> {
    await this.#requireSchema(call?.signal);
    return this.#withClient((client) => readObjective(client, this.#s, id), call?.signal);
  }

  async appendObjective(request: ObjectiveAppendRequest, call?: CallOptions): Promise<void> {
    checkAppendRequest(request, 'objective');
    await this.#requireSchema(call?.signal);
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
    }, call?.signal);
  }

  async listObjectives(call?: CallOptions): Promise<ObjectiveSummary[]> {
    await this.#requireSchema(call?.signal);
    return this.#withClient((client) => objectiveSummaries(client, this.#s), call?.signal);
  }

  async readObjectiveSnapshots(call?: CallOptions): Promise<ObjectiveSnapshot[]> {
    await this.#requireSchema(call?.signal);
    return this.#withClient((client) => objectiveSnapshots(client, this.#s), call?.signal);
  }

  async appendEqualityData(entry: EqualityDataEntry, call?: CallOptions): Promise<void> {
    await this.#requireSchema(call?.signal);
    const { recordedAt, recordedBy, data } = entry;
    const period = data.kind === 'pay_gap' ? data.period : data.profile.period;
    // The entry as text: a json column keeps it exactly as written, key order and numbers included.
    await this.#query(
      `INSERT INTO ${this.#s}.equality_data (recorded_at, recorded_by, kind, period, entry)
       VALUES ($1, $2, $3, $4, $5::json)`,
      [recordedAt, recordedBy, data.kind, period, JSON.stringify({ recordedAt, recordedBy, data })],
      true,
      call?.signal,
    );
  }

  async listEqualityData(call?: CallOptions): Promise<EqualityDataEntry[]> {
    await this.#requireSchema(call?.signal);
    const result = await this.#query<{ entry: EqualityDataEntry }>(
      `SELECT entry FROM ${this.#s}.equality_data ORDER BY seq`,
      [],
      false,
      call?.signal,
    );
    return result.rows.map((row) => row.entry);
  }

  async readProfile(call?: CallOptions): Promise<Profile | undefined> {
    await this.#requireSchema(call?.signal);
    const result = await this.#query<{ profile: unknown }>(
      `SELECT profile FROM ${this.#s}.profile`,
      [],
      false,
      call?.signal,
    );
    const found = result.rows[0]?.profile;
    return found === undefined ? undefined : this.#documents.profile(found);
  }

  async writeProfile(profile: Profile, call?: CallOptions): Promise<void> {
    await this.#requireSchema(call?.signal);
    await this.#query(
      `INSERT INTO ${this.#s}.profile (profile) VALUES ($1)
       ON CONFLICT (only_one) DO UPDATE SET profile = excluded.profile, updated_at = now()`,
      [JSON.stringify(profile)],
      true,
      call?.signal,
    );
  }

  /**
   * Ends the connection pool (an app's own pool is left open for the app to end); closing again is
   * harmless, as with the other stores.
   */
  close(): Promise<void> {
    this.#changes.close();
    this.#closed ??= this.#source.owned ? this.#pool.end() : Promise.resolve();
    return this.#closed;
  }

  /** Create or upgrade the schema once per store object. */
  #migrated(): Promise<void> {
    // Without a signal: callers share the one upgrade, which no single caller's abort may stop.
    this.#ready ??= this.#attempt((client) => migrate(client, this.#s, this.#schemaName)).catch(
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
  async #requireSchema(signal?: AbortSignal): Promise<void> {
    if (this.#ready) return this.#ready;
    const version = await this.#attempt((client) => appliedVersion(client, this.#s), signal);
    if (version === 0) throw storeMissing(this.location);
    if (version > latestSchemaVersion) throw newerSchema(version, this.#schemaName);
    if (version === latestSchemaVersion) this.#ready = Promise.resolve();
    return this.#migrated();
  }

  /** One statement; `writes` when it changes something, so that a lost connection says it may have. */
  #query<Row extends pg.QueryResultRow>(
    sql: string,
    params?: unknown[],
    writes = false,
    signal?: AbortSignal,
  ): Promise<pg.QueryResult<Row>> {
    return this.#attempt((client, sending) => {
      if (writes) sending();
      return client.query<Row>(sql, params);
    }, signal);
  }

  /**
   * Run `work` on a pooled connection, trying again with a new connection while the failure is one a
   * restart of the server explains, for up to `retryForMillis`. Whatever fails in the end is an eqia
   * error (server-faults.ts). A writer calls `sending()` before its change goes out, so that a failure
   * after it says the change may have been stored. When `signal` fires, the wait for a connection, the
   * statement running (cancelled by the server, so nothing is written) or the pause between tries ends
   * with a CancelledError.
   */
  async #attempt<T>(
    work: (client: pg.PoolClient, sending: () => void) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    const giveUpAt = Date.now() + this.#retryForMillis;
    let sent = false;
    const sending = () => {
      sent = true;
    };
    for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
      try {
        return await this.#withClient((client) => work(client, sending), signal);
      } catch (error) {
        if (!isTransient(error) || this.#closed || Date.now() + delay > giveUpAt)
          throw explainFailure(error, this.location, sent ? 'unknown' : 'nothing');
        await pause(delay, signal);
      }
    }
  }

  async #withClient<T>(work: (client: pg.PoolClient) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const client = await connect(this.#pool, signal);
    // A checked-out connection has no listener of the pool's: without this one, the server closing it
    // between two statements (a shutdown, a crash) would be an unhandled 'error' event, ending the process.
    let broken = false;
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    try {
      const done = await untilCancelled(client, this.#source.config, signal, () => work(client));
      // A connection a cancel was sent to is not reused: the cancel must never reach another statement.
      broken ||= done.cancelSent;
      if ('result' in done) return done.result;
      const { error } = done;
      // A connection that failed, or left a transaction open, is not given back for reuse.
      broken ||= isTransient(error) || typeof (error as { code?: unknown } | null)?.code !== 'string';
      throw error;
    } finally {
      client.removeListener('error', onError);
      client.release(broken);
    }
  }
}
