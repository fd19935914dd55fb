import type {
  AnnualQuery,
  AnnualTotals,
  AssessmentDigest,
  AssessmentSummary,
  DigestPart,
  EqualityDataEntry,
  Frozen,
  LifecycleState,
  ObjectiveSnapshot,
  ObjectiveSummary,
  PersistedSnapshot,
  Profile,
  RecordedEvent,
} from '@eqia/core';
import type { AssessmentListing } from '../client/listing.js';
import type { ListFilter } from '../client/types.js';
import type { CallOptions } from './cancellation.js';

/** An assessment as a store holds it: its log, the snapshot that log folds into, and its summary. */
export interface StoredAssessment {
  summary: AssessmentSummary;
  snapshot: PersistedSnapshot;
  events: RecordedEvent[];
}

/** An assessment's current content without its log: what reports and whole-store checks need. */
export interface StoredSnapshot {
  summary: AssessmentSummary;
  snapshot: PersistedSnapshot;
}

/** A digest as read: when one part was asked for, a store may leave the other out. */
export type ReadDigest = Pick<AssessmentDigest, 'digestVersion'> &
  Partial<Pick<AssessmentDigest, DigestPart>>;

/** An assessment's summary with its digest, when its latest append carried one. */
export interface StoredDigest {
  summary: AssessmentSummary;
  digest?: ReadDigest;
}

/**
 * What whole-store checks read of an assessment: what `eqia check --all` shows of it (id, title,
 * state), when it last changed (the list's order), and its digest's checks part when its latest append
 * carried a digest.
 */
export interface StoredChecks {
  id: string;
  title: string;
  /** The summary's `welshTitle` and `welshTitleStale`, each only when it has it. */
  welshTitle?: string;
  welshTitleStale?: true;
  state: LifecycleState;
  updatedAt: string;
  digest?: Pick<AssessmentDigest, 'digestVersion' | 'checks'>;
}

/**
 * An assessment's digest made again from its snapshot under the store's profile, with the summary read
 * beside that snapshot: its `version` says which save the digest was made from.
 */
export interface RemadeDigest {
  summary: AssessmentSummary;
  digest: AssessmentDigest;
}

/**
 * Append new log entries to one assessment, all or nothing. `expectedVersion` is the number of entries
 * the caller read (0 to create a new assessment); if the store holds a different number the append is
 * refused with a ConflictError and nothing is written.
 */
export interface AppendRequest {
  id: string;
  expectedVersion: number;
  events: RecordedEvent[];
  snapshot: PersistedSnapshot;
  /**
   * The snapshot as JSON text, exactly `JSON.stringify(snapshot)`, when the client has it (a session
   * makes it from the parts an event changed): a store that keeps the snapshot as text may keep this
   * instead of serialising it again.
   */
  snapshotText?: string;
  summary: AssessmentSummary;
  /**
   * The snapshot's digest under the store's profile; the client always sends one. Stores keep it with
   * the snapshot (replacing the last); without one an assessment simply has no current digest.
   */
  digest?: AssessmentDigest;
  /**
   * Names the command this append carries out (the client sends a fresh one with every command). A store
   * whose commit can be left in doubt by a lost connection (PostgreSQL) records it with the events, so
   * that the same request sent again once it was stored is accepted without being stored twice.
   */
  commandId?: string;
  /**
   * The version of the store's profile (StoredProfile's) the command was judged under. When given, the
   * store checks it in the same step as `expectedVersion`: if its profile is at another version now, the
   * append is refused with a ProfileChangedError and nothing is written, so no command is stored under a
   * profile that was replaced before it (a role taken away elsewhere counts at once). When both changed, a
   * store may report either. Without it the profile is not checked.
   */
  profileVersion?: string;
}

/**
 * The store's profile with its version: a token, opaque to the client, that the store changes whenever
 * it holds another profile (a hash of the profile as kept, or a count of writes).
 */
export interface StoredProfile {
  profile: Profile;
  version: string;
}

/** An equality objective as a store holds it: its log, the objective it folds into, and its summary. */
export interface StoredObjective {
  summary: ObjectiveSummary;
  snapshot: ObjectiveSnapshot;
  events: RecordedEvent[];
}

/** Append to one objective's log, all or nothing, on the same terms as an assessment's AppendRequest. */
export interface ObjectiveAppendRequest {
  id: string;
  expectedVersion: number;
  events: RecordedEvent[];
  snapshot: ObjectiveSnapshot;
  summary: ObjectiveSummary;
}

/**
 * One entry appended to an assessment's log, as a store tells its watchers: which assessment, the entry's
 * `version` (its number in the log: the assessment's version once it was appended), its place in the
 * whole store's order (`sequence`, greater for every later entry of the same store), and what the event
 * records of itself: its `type`, who (`by`, the actor's id) and when (`at`).
 */
export interface StoreChange {
  id: string;
  version: number;
  sequence: number;
  type: string;
  by: string;
  at: string;
}

/** What a store tells while it is watched: each change, then `end()` once, when the store closes. */
export interface ChangeWatcher {
  change(change: StoreChange): void;
  end(): void;
}

/**
 * The store port. The SDK speaks only to this; adapters (memory, SQLite, PostgreSQL) implement it and all
 * pass the same conformance suite. Every method is async and safe to call from several processes at once
 * where the adapter is shared (SQLite, PostgreSQL). Every method but `close` takes `{ signal }` last: a
 * store stops waiting (for a lock, a connection, a query) when it fires, with a CancelledError and
 * nothing written. A store that has nothing to wait for may ignore it (the client checks it between calls).
 */
export interface AssessmentStore {
  /** `memory`, `sqlite`, `postgres`… */
  readonly kind: string;
  /** Where the store lives, for messages: a directory, a URL without its password. */
  readonly location: string;
  /** Whether the store has been initialised. */
  exists(call?: CallOptions): Promise<boolean>;
  /** Create the store (idempotent). Writes `profile` only if the store has none yet. */
  init(options?: { profile?: Profile }, call?: CallOptions): Promise<void>;
  /** The assessment, or undefined when there is none with this id. */
  read(id: string, call?: CallOptions): Promise<StoredAssessment | undefined>;
  /** See AppendRequest. Throws ConflictError on a stale expectedVersion. */
  append(request: AppendRequest, call?: CallOptions): Promise<void>;
  /**
   * Keep each digest in place of its assessment's, only where the assessment is still at the version it
   * was made from (`summary.version`): one saved since keeps the digest its own append wrote, and an id
   * the store does not hold is passed over. Nothing else changes (the log, the snapshot, the summary),
   * and no watcher is told. Returns how many were kept. What `client.refreshDigests` writes, after a
   * profile change or a new digest format left the kept ones stale.
   */
  keepDigests(digests: readonly RemadeDigest[], call?: CallOptions): Promise<number>;
  /**
   * The listings (`listingOf`) of the summaries the filter matches, exactly, in list order
   * (`filterSummaries`'s): what `client.list` returns. Each comes frozen (`freezeListing`), never shared
   * with the store's own state. SQLite and PostgreSQL read the listings they keep beside the summaries,
   * and never the summaries themselves, most of whose bytes are the open actions.
   */
  listings(filter?: ListFilter, call?: CallOptions): Promise<Frozen<AssessmentListing>[]>;
  /**
   * Every assessment's summary, without reading each assessment: what the client reads whole (views,
   * digests, copying a store). With a filter, a store may leave out
   * what does not match (SQLite and PostgreSQL filter in the database); unless `listsExactly`, the client
   * filters and orders what comes back again, so a store that ignores the filter is still correct, only
   * slower. The summaries may come frozen (the client freezes what it returns; a store that freezes them
   * as it parses them spares it that walk), never shared with the store's own state.
   */
  list(filter?: ListFilter, call?: CallOptions): Promise<AssessmentSummary[]>;
  /**
   * Whether `list` answers exactly as `listJson` does: only the summaries the filter matches, in list
   * order (`filterSummaries`'s). The client then takes its answer as it is, without a second pass.
   */
  readonly listsExactly?: boolean;
  /**
   * The listings (`listingOf`: the summary's fields a script triages by, the open actions counted) of
   * the summaries the filter matches, exactly, in list order (`filterSummaries`'s), as one JSON array with
   * a listing to a line: what `eqia list --json` prints. Every store gives the same text for the same
   * summaries: `listedAsJson`'s. SQLite and PostgreSQL keep each listing beside its summary and join them.
   */
  listJson(filter?: ListFilter, call?: CallOptions): Promise<string>;
  /**
   * The summaries of assessments signed off or published whose next review date is on or before `day`
   * (YYYY-MM-DD). As with list's filter, a store may return more; the client selects and orders again.
   */
  listDueForReview(day: string, call?: CallOptions): Promise<AssessmentSummary[]>;
  /**
   * The summaries of assessments not withdrawn or superseded with an open action due before `day`
   * (YYYY-MM-DD). A store may return more; the client picks the actions out.
   */
  listWithOverdueActions(day: string, call?: CallOptions): Promise<AssessmentSummary[]>;
  /**
   * The summary and snapshot of each assessment named (every one when `ids` is omitted), without their
   * logs, in no particular order; ids the store does not hold are left out. Optional: without it the
   * client reads each assessment whole. Adapters offer it when they can do it much more cheaply.
   */
  readSnapshots?(ids?: readonly string[], call?: CallOptions): Promise<StoredSnapshot[]>;
  /**
   * The summary of each assessment named (every one when `ids` is omitted), with its digest when its
   * latest append carried one, in no particular order; ids the store does not hold are left out. What the
   * annual report and whole-store checks read: the client reads the snapshot of an assessment without a
   * digest. With `part`, only that part of each digest is needed (the annual report reads `annual`,
   * whole-store checks `checks`), and a store that keeps the parts apart reads only that one. With a
   * `filter`, a store may leave out what does not match, as `list` may.
   * Optional, like readSnapshots: without it the client reads snapshots, then whole assessments.
   */
  readDigests?(
    ids?: readonly string[],
    part?: DigestPart,
    filter?: ListFilter,
    call?: CallOptions,
  ): Promise<StoredDigest[]>;
  /**
   * Every assessment as whole-store checks read it (StoredChecks: readDigests' `checks` part without the
   * summaries, of which `check --all` shows three fields), in list order, `batch` at a time (the last
   * batch may be shorter; none is empty). The client judges a batch and hands its findings out before
   * the next is read, so at 100,000 no more than a batch of parsed parts or findings is alive at once
   * (keeping them all made the collector a third of the check's time). A store may read the batches one
   * by one (SQLite: by the list order's key), so an assessment saved during the walk may be left out.
   * Optional: without it the client reads readDigests.
   */
  readChecks?(batch: number, call?: CallOptions): AsyncIterable<readonly StoredChecks[]>;
  /**
   * The annual report's facts for a period (core's AnnualTotals): the period's assessments whole, and
   * counted with the store's indexes what is owed (actions, reviews, the year ahead), with the first
   * `query.listed` of each list. Exactly what core's `annualTotalsOf` gives over every assessment's
   * annual facts and state; undefined when some assessment has no current annual digest, and then the
   * client reads the facts (readDigests) and counts them itself. Optional, like readDigests.
   */
  annualTotals?(query: AnnualQuery, call?: CallOptions): Promise<AnnualTotals | undefined>;
  /** The equality objective, or undefined when there is none with this id. */
  readObjective(id: string, call?: CallOptions): Promise<StoredObjective | undefined>;
  /** See ObjectiveAppendRequest. Throws ConflictError on a stale expectedVersion. */
  appendObjective(request: ObjectiveAppendRequest, call?: CallOptions): Promise<void>;
  /** Every objective's summary. */
  listObjectives(call?: CallOptions): Promise<ObjectiveSummary[]>;
  /** Every objective as it stands, without the logs: what the annual and Board reports read. */
  readObjectiveSnapshots(call?: CallOptions): Promise<ObjectiveSnapshot[]>;
  /**
   * Keep one import of the organisation's equality data (a workforce or caseload profile, a census
   * baseline, pay gap figures) after every earlier one. Imports are never changed or removed: a later
   * import of the same thing replaces it in reports (see core's `currentData`), and the history stays.
   */
  appendEqualityData(entry: EqualityDataEntry, call?: CallOptions): Promise<void>;
  /** Every import of equality data, in the order they were kept. */
  listEqualityData(call?: CallOptions): Promise<EqualityDataEntry[]>;
  /**
   * Optional: tell `watcher` of every entry appended to any assessment's log from when the promise
   * resolves, by this store object or any other on the same store (another process, another server), in
   * `sequence` order, until `signal` fires (then nothing more, and no `end`) or the store closes (`end`).
   * A store that cannot see others' writes tells only its own. Without it, the client cannot watch.
   */
  watch?(watcher: ChangeWatcher, call: { signal: AbortSignal }): Promise<void>;
  readProfile(call?: CallOptions): Promise<Profile | undefined>;
  /** The profile with its version (see AppendRequest's `profileVersion`), or undefined when there is none. */
  readStoredProfile(call?: CallOptions): Promise<StoredProfile | undefined>;
  writeProfile(profile: Profile, call?: CallOptions): Promise<void>;
  /** Release handles and locks. */
  close(): Promise<void>;
}
