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
} from '@eqia/core/light';
import {
  type AppendRequest,
  type AssessmentListing,
  type AssessmentStore,
  type CallOptions,
  type ChangeWatcher,
  checkAppendRequest,
  filteredListings,
  filterSummaries,
  type ListFilter,
  listedAsJson,
  type ObjectiveAppendRequest,
  type ReadDigest,
  type RemadeDigest,
  type StoredAssessment,
  type StoredChecks,
  type StoredDigest,
  type StoredObjective,
  type StoredProfile,
  type StoredSnapshot,
} from '@eqia/sdk/light';
import { assessmentRow, digestRows } from './assessment-row.js';
import { checksInBatches } from './checks-reader.js';
import { createFile, fileExists } from './database-file.js';
import { digestOf, eventOf, profileOf, snapshotOf, summaryOf } from './documents.js';
import { notAnEqiaStore } from './errors.js';
import { filterSql } from './filter-sql.js';
import { profileVersionOf } from './profile-version.js';
import { applicationId, latestSchemaVersion, migrate } from './schema.js';
import type { DigestRow, EventValues } from './statements.js';
import { isFresh, StoreFile } from './store-file.js';
import { sqliteChanges } from './watch.js';

export interface SqliteStoreOptions {
  /**
   * How long a write waits for another process's write to finish before giving up with a StoreBusyError.
   * Default 10 000 ms. It waits in slices (better-sqlite3 is synchronous: this process does nothing else
   * during one), between which a write's `signal` can stop it with a CancelledError.
   */
  busyTimeoutMs?: number;
  /**
   * Default true: each save is on the disk before it returns. False only for loading many assessments at
   * once that can be loaded again (the bench's generated stores): saves then reach the disk at SQLite's
   * checkpoints, so a crash may lose the latest of them, but never damages the store.
   */
  durable?: boolean;
}

/** The store. Its `list(filter)` filters in SQL, matching exactly what the SDK's `filterSummaries` keeps. */
export interface SqliteStore extends AssessmentStore {
  readonly kind: 'sqlite';
}

/**
 * Open a store in one SQLite database file, for one machine: any number of processes may use it at
 * once. Nothing is opened until the first call, and nothing is created until `init()`.
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteFileStore(file, options.busyTimeoutMs ?? 10_000, options.durable ?? true);
}

/**
 * Summaries as read, each checked against the schema (a damaged row is refused by name). Rows are parsed
 * as SQLite steps to them (`iterate`), so each row's text is garbage at once: at 100,000 the texts of
 * every row, held together until parsed, were hundreds of megabytes that the collector copied and kept.
 */
const parseSummaries = (file: string, rows: Iterable<string>) =>
  Array.from(rows, (summary) => summaryOf(file, summary));

class SqliteFileStore implements SqliteStore {
  readonly kind = 'sqlite';
  readonly location: string;
  readonly #file: StoreFile;
  readonly #changes = sqliteChanges(() => {
    this.#file.open();
    return this.#file.connect().db;
  });

  constructor(file: string, busyTimeoutMs: number, durable: boolean) {
    this.location = file;
    this.#file = new StoreFile(file, busyTimeoutMs, durable);
  }

  exists(): Promise<boolean> {
    return this.#file.run(() => {
      if (!this.#file.isReady && !fileExists(this.location)) return false;
      const state = this.#file.connect().readState();
      if (isFresh(state)) return false;
      if (state.applicationId !== applicationId) throw notAnEqiaStore(this.location);
      return true;
    });
  }

  init(options: { profile?: Profile } = {}, call?: CallOptions): Promise<void> {
    return this.#file.waiting(call, () => {
      if (!this.#file.isConnected && !fileExists(this.location)) createFile(this.location);
      const { db, readState } = this.#file.connect();
      const state = readState();
      if (!isFresh(state)) this.#file.refuseForeign(state);
      if (state.version < latestSchemaVersion) {
        // Persistent in the file: every later connection, of any process, uses the write-ahead log.
        db.exec('PRAGMA journal_mode = WAL');
        migrate(db, this.location, readState);
      }
      const { statements } = this.#file.prepared();
      if (options.profile)
        statements.profileIfNone.run(JSON.stringify(options.profile), new Date().toISOString());
    });
  }

  read(id: string): Promise<StoredAssessment | undefined> {
    return this.#file.run(() => {
      const found = this.#file.open().read(id);
      const file = this.location;
      return (
        found && {
          summary: summaryOf(file, found.summary),
          snapshot: snapshotOf(file, id, found.snapshot),
          events: found.events.map((row) => ({
            seq: row.seq,
            event: eventOf(file, id, row.seq, row.event),
            prevHash: row.prev_hash,
            hash: row.hash,
          })),
        }
      );
    });
  }

  append(request: AppendRequest, call?: CallOptions): Promise<void> {
    return this.#file.waiting(call, () => {
      checkAppendRequest(request);
      const ready = this.#file.open();
      // Everything that costs CPU, the digest getter's work included, happens before the write lock.
      const { summary, digest } = request;
      const versions = { expected: request.expectedVersion, profile: request.profileVersion };
      ready.append(versions, {
        assessment: assessmentRow(summary, request.snapshotText ?? JSON.stringify(request.snapshot)),
        summary: JSON.stringify(summary),
        characteristics: JSON.stringify(summary.negativeCharacteristics),
        digest: digest && digestRows(summary, digest),
        events: request.events.map(
          (entry): EventValues => [entry.seq, JSON.stringify(entry.event), entry.prevHash, entry.hash],
        ),
      });
    });
  }

  keepDigests(digests: readonly RemadeDigest[], call?: CallOptions): Promise<number> {
    return this.#file.waiting(call, () =>
      this.#file.open().keepDigests(
        digests.map(({ summary, digest }) => ({
          version: summary.version,
          rows: digestRows(summary, digest),
        })),
      ),
    );
  }

  list(filter?: ListFilter): Promise<AssessmentSummary[]> {
    return this.#file.run(() => {
      const { statements } = this.#file.open();
      if (filter === undefined) return parseSummaries(this.location, statements.summaries.iterate());
      const { where, params, exact } = filterSql(filter);
      const found = parseSummaries(this.location, statements.filteredSummaries(where).iterate(...params));
      return exact ? found : filterSummaries(found, filter);
    });
  }

  /**
   * The listings kept beside the summaries (listings.ts), else (a needle SQL cannot compare, a listing
   * misshapen) the summaries' checked path.
   */
  listings(filter?: ListFilter): Promise<Frozen<AssessmentListing>[]> {
    return this.#file.run(() => {
      const ready = this.#file.open();
      const selected = filterSql(filter);
      const kept = selected.exact ? ready.listings(selected) : undefined;
      if (kept) return kept;
      const rows = ready.statements.filteredSummaries(selected.where).iterate(...selected.params);
      return filteredListings(parseSummaries(this.location, rows), filter);
    });
  }

  /** The summaries as stored, never parsed (see list-json.ts). */
  listJson(filter?: ListFilter): Promise<string> {
    return this.#file.run(() => {
      const ready = this.#file.open();
      const selected = filterSql(filter);
      if (selected.exact) return ready.listJson(selected);
      const { where, params } = selected;
      return listedAsJson(
        parseSummaries(this.location, ready.statements.filteredSummaries(where).all(...params)),
        filter,
      );
    });
  }

  listDueForReview(day: string): Promise<AssessmentSummary[]> {
    return this.#file.run(() =>
      parseSummaries(this.location, this.#file.open().statements.dueForReview.all(day)),
    );
  }

  listWithOverdueActions(day: string): Promise<AssessmentSummary[]> {
    return this.#file.run(() =>
      parseSummaries(this.location, this.#file.open().statements.withOverdueActions.all(day)),
    );
  }

  /** Counted by SQLite with the tables of schema step 8; only the period's assessments are read whole. */
  annualTotals(query: AnnualQuery): Promise<AnnualTotals | undefined> {
    return this.#file.run(() => this.#file.open().annualTotals(query));
  }

  /** Only the assessments table: the events, most of the file, are never read. */
  readSnapshots(ids?: readonly string[]): Promise<StoredSnapshot[]> {
    return this.#file.run(() => {
      const { statements } = this.#file.open();
      const rows =
        ids === undefined
          ? statements.allSnapshots.iterate()
          : statements.someSnapshots.iterate(JSON.stringify(ids));
      return Array.from(rows, (row) => {
        const summary = summaryOf(this.location, row.summary);
        return { summary, snapshot: snapshotOf(this.location, summary.id, row.snapshot) };
      });
    });
  }

  /**
   * Summaries and digests, never the snapshots; with a part, SQLite cuts each digest down to it. A filter
   * narrows the rows as list's does (the client filters them again).
   */
  readDigests(ids?: readonly string[], part?: DigestPart, filter?: ListFilter): Promise<StoredDigest[]> {
    return this.#file.run(() => {
      const { statements } = this.#file.open();
      const which = part ?? 'whole';
      const { where, params } = filterSql(filter);
      const rows: Iterable<DigestRow> =
        filter !== undefined && ids === undefined
          ? statements.filteredDigests(which, where).iterate(...params)
          : ids === undefined
            ? statements.allDigests[which].iterate()
            : statements.someDigests[which].iterate(JSON.stringify(ids));
      return Array.from(rows, (row): StoredDigest => {
        const summary = summaryOf(this.location, row.summary);
        // The parts as kept: one, or both read back as one digest.
        const parts = [row.annual, row.checks].filter((part) => typeof part === 'string');
        if (parts.length === 0) return { summary };
        const [first, ...rest] = parts.map((part) => digestOf(this.location, summary.id, part));
        return { summary, digest: Object.assign(first as ReadDigest, ...rest) };
      });
    });
  }

  /** In list order, a batch at a time (checks-reader.ts). */
  readChecks(batch: number): AsyncGenerator<readonly StoredChecks[]> {
    return checksInBatches((after) => this.#file.run(() => this.#file.open().checks(batch, after)));
  }

  readObjective(id: string): Promise<StoredObjective | undefined> {
    return this.#file.run(() => this.#file.open().objectives.read(id));
  }

  appendObjective(request: ObjectiveAppendRequest, call?: CallOptions): Promise<void> {
    return this.#file.waiting(call, () => {
      checkAppendRequest(request, 'objective');
      this.#file.open().objectives.append(request);
    });
  }

  listObjectives(): Promise<ObjectiveSummary[]> {
    return this.#file.run(() => this.#file.open().objectives.summaries());
  }

  readObjectiveSnapshots(): Promise<ObjectiveSnapshot[]> {
    return this.#file.run(() => this.#file.open().objectives.snapshots());
  }

  appendEqualityData(entry: EqualityDataEntry): Promise<void> {
    return this.#file.run(() => this.#file.open().equalityData.append(entry));
  }

  listEqualityData(): Promise<EqualityDataEntry[]> {
    return this.#file.run(() => this.#file.open().equalityData.all(this.location));
  }

  readProfile(): Promise<Profile | undefined> {
    return this.#file.run(() => {
      const text = this.#file.open().statements.profile.get();
      return text === undefined ? undefined : profileOf(this.location, text);
    });
  }

  readStoredProfile(): Promise<StoredProfile | undefined> {
    return this.#file.run(() => {
      const text = this.#file.open().statements.profile.get();
      return text === undefined
        ? undefined
        : { profile: profileOf(this.location, text), version: profileVersionOf(text) };
    });
  }

  writeProfile(profile: Profile, call?: CallOptions): Promise<void> {
    return this.#file.waiting(call, () => {
      this.#file.open().statements.writeProfile.run(JSON.stringify(profile), new Date().toISOString());
    });
  }

  /** Tells the watcher of every entry written from now, by any process (watch.ts polls). */
  watch(watcher: ChangeWatcher, { signal }: { signal: AbortSignal }): Promise<void> {
    return this.#file.run(() => this.#changes.watch(watcher, signal));
  }

  /** Closes the database and ends its watchers; closing again is harmless, and a later call opens it again. */
  async close(): Promise<void> {
    this.#changes.close();
    this.#file.disconnect();
  }
}
