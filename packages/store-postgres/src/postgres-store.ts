import type {
  AnnualQuery,
  AnnualTotals,
  AssessmentSummary,
  DigestPart,
  EqualityDataEntry,
  Frozen,
  ObjectiveSnapshot,
  ObjectiveSummary,
  Profile,
} from '@eqia/core';
import {
  type AppendRequest,
  type AssessmentListing,
  type AssessmentStore,
  type CallOptions,
  type ChangeWatcher,
  checkAppendRequest,
  type ListFilter,
  type ObjectiveAppendRequest,
  ProfileChangedError,
  type RemadeDigest,
  type StoredAssessment,
  type StoredChecks,
  type StoredDigest,
  type StoredObjective,
  type StoredProfile,
  type StoredSnapshot,
  storedDocuments,
  storeMissing,
  versionConflict,
} from '@eqia/sdk';
import type pg from 'pg';
import { annualTotalsIn } from './annual-totals.js';
import { type AppendStatements, appendStatements } from './append-statement.js';
import { type AssessmentReads, assessmentReads } from './assessment-reads.js';
import { checksReads } from './checks-reads.js';
import { quoteSchemaName } from './connection.js';
import { type EqualityDataStatements, equalityDataStatements } from './equality-data-statements.js';
import { type ListingReads, listingReads } from './listing-reads.js';
import { appliedVersion, latestSchemaVersion, migrate, newerSchema } from './migrations.js';
import { type ObjectiveStatements, objectiveStatements } from './objective-statements.js';
import { type PoolOptions, poolFromUrl, type StorePool, sharedPool } from './pool.js';
import { type ProfileStatements, profileStatements } from './profile-statements.js';
import { ServerCalls } from './server-calls.js';
import { explainFailure } from './server-faults.js';
import { postgresChanges } from './watch.js';

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

/** The store: the schema made ready once, then each call handed to the statements of what it touches. */
class PostgresStore implements AssessmentStore {
  readonly kind = 'postgres';
  readonly listsExactly = true;
  readonly location: string;
  readonly #schemaName: string;
  /** The quoted schema name, interpolated into every statement. */
  readonly #s: string;
  readonly #calls: ServerCalls;
  readonly #appends: AppendStatements;
  readonly #assessments: AssessmentReads;
  readonly #listings: ListingReads;
  readonly #checks: ReturnType<typeof checksReads>;
  readonly #objectives: ObjectiveStatements;
  readonly #equalityData: EqualityDataStatements;
  readonly #profile: ProfileStatements;
  #ready: Promise<void> | undefined;
  readonly #changes: ReturnType<typeof postgresChanges>;

  constructor(source: StorePool, options: Pick<PostgresStoreOptions, 'schema' | 'retryForMillis'>) {
    this.#schemaName = options.schema ?? source.schema ?? 'eqia';
    this.#s = quoteSchemaName(this.#schemaName);
    this.location = `${source.shown} (schema ${this.#schemaName})`;
    this.#calls = new ServerCalls(source, this.location, options.retryForMillis ?? 15_000);
    // Each row's documents are checked as they are read, as every store checks them.
    const documents = storedDocuments(
      this.location,
      'Nothing was changed. Restore the row from your latest backup of the database.',
    );
    this.#appends = appendStatements(this.#s);
    this.#assessments = assessmentReads(this.#calls, this.#s, documents);
    this.#listings = listingReads(this.#calls, this.#s, (filter, call) =>
      this.#assessments.list(filter, call),
    );
    this.#checks = checksReads(this.#calls, this.#s, documents, (ids, call) =>
      this.#assessments.digests(ids, 'checks', undefined, call),
    );
    this.#objectives = objectiveStatements(this.#calls, this.#s);
    this.#equalityData = equalityDataStatements(this.#calls, this.#s);
    this.#profile = profileStatements(this.#calls, this.#s, documents);
    this.#changes = postgresChanges({
      pool: source.pool,
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
    return this.#calls.attempt(async (client) => (await appliedVersion(client, this.#s)) > 0, call?.signal);
  }

  async init(options: { profile?: Profile } = {}, call?: CallOptions): Promise<void> {
    await this.#migrated();
    if (options.profile) await this.#profile.writeIfNone(options.profile, call);
  }

  async read(id: string, call?: CallOptions): Promise<StoredAssessment | undefined> {
    await this.#requireSchema(call?.signal);
    return this.#assessments.read(id, call);
  }

  /**
   * One statement that checks the versions and writes (append-statement.ts), sent again while the server
   * is unreachable. Sent again after a commit whose outcome was lost, it finds its own command's events
   * already stored and succeeds without writing twice.
   */
  async append(request: AppendRequest, call?: CallOptions): Promise<void> {
    checkAppendRequest(request);
    const { query, commandId } = this.#appends.forRequest(request);
    await this.#requireSchema(call?.signal);
    const { id, expectedVersion, profileVersion } = request;
    await this.#calls.attempt(async (client, sending) => {
      sending();
      const result = await client.query<{ appended: number }>(query);
      if ((result.rows[0]?.appended ?? 0) > 0) return;
      const now = await client.query<{ version: number; profile_version: string | null; done: boolean }>(
        this.#appends.outcome(id, expectedVersion, commandId),
      );
      const { version = 0, profile_version = null, done = false } = now.rows[0] ?? {};
      if (done) return;
      if (profileVersion !== undefined && profile_version !== profileVersion)
        throw new ProfileChangedError(this.location, id, expectedVersion);
      throw versionConflict(id, expectedVersion, version);
    }, call?.signal);
  }

  /** One statement: each digest written where its row is still at its version (the trigger keeps the parts). */
  async keepDigests(digests: readonly RemadeDigest[], call?: CallOptions): Promise<number> {
    if (digests.length === 0) return 0;
    await this.#requireSchema(call?.signal);
    const remade = digests.map(({ summary, digest }) => ({
      id: summary.id,
      version: summary.version,
      digest,
    }));
    const result = await this.#calls.query(
      `UPDATE ${this.#s}.assessments AS saved SET digest = remade.digest
         FROM json_to_recordset($1::json) AS remade (id text, version integer, digest json)
        WHERE saved.id = remade.id AND saved.version = remade.version`,
      [JSON.stringify(remade)],
      true,
      call?.signal,
    );
    return result.rowCount ?? 0;
  }

  async list(filter?: ListFilter, call?: CallOptions): Promise<AssessmentSummary[]> {
    await this.#requireSchema(call?.signal);
    return this.#assessments.list(filter, call);
  }

  /** The listings PostgreSQL keeps (schema step 9), joined by the server and parsed once (listing-reads.ts). */
  async listings(filter?: ListFilter, call?: CallOptions): Promise<Frozen<AssessmentListing>[]> {
    await this.#requireSchema(call?.signal);
    return this.#listings.listings(filter, call);
  }

  /** The same listings as the server joined them, parsed only to be checked (listing-reads.ts). */
  async listJson(filter?: ListFilter, call?: CallOptions): Promise<string> {
    await this.#requireSchema(call?.signal);
    return this.#listings.listJson(filter, call);
  }

  async listDueForReview(day: string, call?: CallOptions): Promise<AssessmentSummary[]> {
    await this.#requireSchema(call?.signal);
    return this.#assessments.dueForReview(day, call);
  }

  async listWithOverdueActions(day: string, call?: CallOptions): Promise<AssessmentSummary[]> {
    await this.#requireSchema(call?.signal);
    return this.#assessments.withOverdueActions(day, call);
  }

  async readSnapshots(ids?: readonly string[], call?: CallOptions): Promise<StoredSnapshot[]> {
    await this.#requireSchema(call?.signal);
    return this.#assessments.snapshots(ids, call);
  }

  async readDigests(
    ids?: readonly string[],
    part?: DigestPart,
    filter?: ListFilter,
    call?: CallOptions,
  ): Promise<StoredDigest[]> {
    await this.#requireSchema(call?.signal);
    return this.#assessments.digests(ids, part, filter, call);
  }

  /**
   * The checks parts in list order, a range of the list order's key (schema step 12) at a time, each
   * read only when the client asks for it (checks-reads.ts).
   */
  async *readChecks(batch: number, call?: CallOptions): AsyncGenerator<readonly StoredChecks[]> {
    await this.#requireSchema(call?.signal);
    yield* this.#checks(batch, call);
  }

  /** Counted by PostgreSQL in one statement over the annual parts (annual-totals.ts). */
  async annualTotals(query: AnnualQuery, call?: CallOptions): Promise<AnnualTotals | undefined> {
    await this.#requireSchema(call?.signal);
    return annualTotalsIn(this.#calls, this.#s, query, call);
  }

  async readObjective(id: string, call?: CallOptions): Promise<StoredObjective | undefined> {
    await this.#requireSchema(call?.signal);
    return this.#objectives.read(id, call);
  }

  async appendObjective(request: ObjectiveAppendRequest, call?: CallOptions): Promise<void> {
    checkAppendRequest(request, 'objective');
    await this.#requireSchema(call?.signal);
    await this.#objectives.append(request, call);
  }

  async listObjectives(call?: CallOptions): Promise<ObjectiveSummary[]> {
    await this.#requireSchema(call?.signal);
    return this.#objectives.summaries(call);
  }

  async readObjectiveSnapshots(call?: CallOptions): Promise<ObjectiveSnapshot[]> {
    await this.#requireSchema(call?.signal);
    return this.#objectives.snapshots(call);
  }

  async appendEqualityData(entry: EqualityDataEntry, call?: CallOptions): Promise<void> {
    await this.#requireSchema(call?.signal);
    await this.#equalityData.append(entry, call);
  }

  async listEqualityData(call?: CallOptions): Promise<EqualityDataEntry[]> {
    await this.#requireSchema(call?.signal);
    return this.#equalityData.all(call);
  }

  async readProfile(call?: CallOptions): Promise<Profile | undefined> {
    await this.#requireSchema(call?.signal);
    return this.#profile.read(call);
  }

  async readStoredProfile(call?: CallOptions): Promise<StoredProfile | undefined> {
    await this.#requireSchema(call?.signal);
    return this.#profile.readStored(call);
  }

  async writeProfile(profile: Profile, call?: CallOptions): Promise<void> {
    await this.#requireSchema(call?.signal);
    await this.#profile.write(profile, call);
  }

  /**
   * Ends the connection pool (an app's own pool is left open for the app to end); closing again is
   * harmless, as with the other stores.
   */
  close(): Promise<void> {
    this.#changes.close();
    return this.#calls.close();
  }

  /** Create or upgrade the schema once per store object. */
  #migrated(): Promise<void> {
    // Without a signal: callers share the one upgrade, which no single caller's abort may stop.
    this.#ready ??= this.#calls
      .attempt((client) => migrate(client, this.#s, this.#schemaName))
      .catch((error: unknown) => {
        this.#ready = undefined;
        throw error;
      });
    return this.#ready;
  }

  /**
   * The schema must be there: stores are only created on purpose, by `init()`. An older schema is brought
   * up to date first (as the SQLite store's schema is); one written by a newer eqia is refused rather
   * than misread.
   */
  async #requireSchema(signal?: AbortSignal): Promise<void> {
    if (this.#ready) return this.#ready;
    const version = await this.#calls.attempt((client) => appliedVersion(client, this.#s), signal);
    if (version === 0) throw storeMissing(this.location);
    if (version > latestSchemaVersion) throw newerSchema(version, this.#schemaName);
    if (version === latestSchemaVersion) this.#ready = Promise.resolve();
    return this.#migrated();
  }
}
