import type {
  ActionStatus,
  AnnualQuery,
  AnnualTotals,
  Assessment,
  AssessmentSummary,
  ChainVerification,
  DisparityAnalysis,
  Frozen,
  IsoDate,
  LifecycleState,
  Locale,
  LogReference,
  OutcomeKind,
  Profile,
  ScreeningDecisionKind,
  SectionId,
  Sha256,
  SigningKey,
  VerdictKind,
  WelshDraft,
} from '@eqia/core';
import type { EventSigner, SignatureVerifier } from '../signing/ed25519.js';
import type { CallOptions } from '../store/cancellation.js';
import type { AssessmentStore } from '../store/port.js';
import type { Permissions } from './allowed.js';
import type { EqualityDataCommands } from './equality-data.js';
import type { AttachDisparityInput, DisparityRequest } from './insight.js';
import type { AssessmentListing } from './listing.js';
import type { ObjectiveCommands } from './objectives.js';
import type { KeyRegistration } from './profile-admin.js';
import type { DigestsRefreshed, RefreshOptions } from './refresh-digests.js';
import type {
  AssessmentChange,
  AssessmentFacts,
  AssessmentFindings,
  AssessmentView,
  ChangeFeed,
  HistoryEntry,
  OverdueAction,
  ReferenceVerdict,
  VerifyResult,
} from './results.js';

/**
 * A recipe that edits one section in place; immer turns it into patches kept in the audit log. `welsh`
 * sets the Welsh versions of the section's text fields (`welsh.set('aims', '…')`).
 */
export type SectionRecipe<S extends SectionId> = (
  draft: Assessment[S],
  welsh: WelshDraft,
  // biome-ignore lint/suspicious/noConfusingVoidType: a recipe either mutates (returns nothing) or returns a replacement.
) => void | Assessment[S];

export interface ClientOptions {
  store: AssessmentStore;
  /** The acting user's id: must be one of the profile's users. */
  user: string;
  /** Defaults to the store's profile. */
  profile?: Profile;
  /** Time comes from here, never from inside core. Defaults to the system clock. */
  clock?: () => Date;
  /** New ids come from here. Defaults to a random, sortable id. */
  newId?: () => string;
  /**
   * Signs the user's sign-offs (approvals, publications, reaffirmations) with a key registered in the
   * profile: `ed25519Signer` with a private key, or the host app's own (see EventSigner).
   */
  signer?: EventSigner;
  /** Checks signatures. Defaults to Ed25519 through WebCrypto. */
  verifier?: SignatureVerifier;
  /**
   * The SHA-256 the log's hash chain is linked and verified with: core's pure one by default, which runs
   * anywhere. In Node, `nativeSha256` from `@eqia/sdk/node` gives the same hashes for less CPU per save.
   */
  sha256?: Sha256;
  /**
   * The user's language, `'en'` or `'cy'`, or the languages of documents in both, first first
   * (`['cy', 'en']`). Defaults to the profile's: its default language, and the languages it publishes in.
   * Anything else is a ValidationError when the client is made.
   */
  locale?: Locale | readonly Locale[];
}

/**
 * What a caller of a command may say about the version it acted on. `expectedVersion` is the version
 * the caller last saw (`view.version`): a form loaded at that version. When the assessment has moved on
 * since, the command is refused with a ConflictError naming what changed, instead of being applied to
 * content the person never saw. Without it, a command applies to the latest version. `signal` aborts
 * the command (see CallOptions).
 */
export interface WriteOptions extends CallOptions {
  expectedVersion?: number;
}

export interface ListFilter {
  state?: LifecycleState | LifecycleState[];
  owner?: string;
  team?: string;
  /** Only assessments with a negative impact on this characteristic. */
  characteristic?: string;
  outcome?: OutcomeKind;
  /** Case-insensitive match on title, reference and team. */
  text?: string;
}

export type ChangeListener = (
  change: Frozen<{ id: string; type: string; summary: AssessmentSummary }>,
) => void;

export interface WatchOptions extends CallOptions {
  /** Only this assessment's changes. Default: every assessment's. */
  id?: string;
  /** Hear each change here, as it comes, instead of iterating the feed (then it is not kept for `next`). */
  onChange?: (change: AssessmentChange) => void;
}

/** The client: typed commands and queries on behalf of one user. Errors are EqiaError subclasses. */
export interface EqiaClient {
  readonly user: Frozen<Profile['users'][number]>;
  readonly profile: Frozen<Profile>;
  /** The language of messages to the user: the `locale` given (its first), else the profile's default. */
  readonly locale: Locale;
  /**
   * The languages of the documents made for this user, first first: the `locale` given, else those the
   * profile publishes in. `reportLanguages(client.locales)` from `@eqia/report` gives a renderer them.
   */
  readonly locales: readonly Locale[];

  create(input: { title: string; id?: string }, options?: CallOptions): Promise<AssessmentView>;
  // Every command that adds to a log takes `WriteOptions` last: pass `{ expectedVersion: view.version }`
  // from the view a form was loaded from, so a change made on an out-of-date copy is refused.
  edit<S extends SectionId>(
    id: string,
    section: S,
    recipe: SectionRecipe<S>,
    options?: WriteOptions,
  ): Promise<AssessmentView>;
  /**
   * Record the Welsh at `keys` (text keys, as `textFields` names them) as still right for the English as
   * it is now, so it is no longer out of date: one edit a section that holds such Welsh. A key naming no
   * text, or a text without Welsh, is refused (VALIDATION) before anything is saved.
   */
  confirmWelsh(id: string, keys: readonly string[], options?: WriteOptions): Promise<AssessmentView>;
  screen(
    id: string,
    decision: { kind: ScreeningDecisionKind; rationale: string },
    options?: WriteOptions,
  ): Promise<AssessmentView>;
  submit(id: string, options?: WriteOptions): Promise<AssessmentView>;
  withdrawSubmission(id: string, options?: WriteOptions): Promise<AssessmentView>;
  comment(
    id: string,
    input: { section: SectionId; body: string; replyTo?: string },
    options?: WriteOptions,
  ): Promise<AssessmentView>;
  resolveComment(id: string, commentId: string, options?: WriteOptions): Promise<AssessmentView>;
  verdict(
    id: string,
    input: { section: SectionId; verdict: VerdictKind; comment?: string },
    options?: WriteOptions,
  ): Promise<AssessmentView>;
  approve(id: string, input?: { comment?: string }, options?: WriteOptions): Promise<AssessmentView>;
  requestChanges(id: string, input: { comment: string }, options?: WriteOptions): Promise<AssessmentView>;
  publish(
    id: string,
    input: { location: string; format?: string },
    options?: WriteOptions,
  ): Promise<AssessmentView>;
  reaffirm(
    id: string,
    input: { nextReviewDate: IsoDate; note?: string },
    options?: WriteOptions,
  ): Promise<AssessmentView>;
  startRevision(id: string, options?: WriteOptions): Promise<AssessmentView>;
  withdraw(id: string, input: { reason: string }, options?: WriteOptions): Promise<AssessmentView>;
  updateAction(
    id: string,
    actionId: string,
    input: { status: ActionStatus; note?: string },
    options?: WriteOptions,
  ): Promise<AssessmentView>;
  addMonitoringNote(id: string, note: string, options?: WriteOptions): Promise<AssessmentView>;
  /**
   * Compare a population CSV with a baseline CSV (small counts suppressed at the profile's threshold) and
   * add the result to the assessment's evidence as one edit. Nothing is written if either file is wrong.
   */
  attachDisparity(id: string, input: AttachDisparityInput, options?: CallOptions): Promise<AssessmentView>;

  get(id: string, options?: CallOptions): Promise<AssessmentView>;
  /**
   * What this user may do with the assessment now: each command, and the edit of each section, allowed
   * or refused with core's reason (the code and message the command would throw). Records nothing.
   */
  allowed(id: string, options?: CallOptions): Promise<Frozen<Permissions>>;
  /**
   * The listing of every assessment the filter matches, most recently changed first: the shape
   * `eqia list --json` prints (AssessmentListing: its open actions counted, not listed). `get` reads one
   * assessment whole; `snapshots` every view the filter matches.
   */
  list(filter?: ListFilter, options?: CallOptions): Promise<Frozen<AssessmentListing[]>>;
  /**
   * The view of every assessment the filter matches (in `list` order), without reading their logs: what
   * reports and whole-store checks need. Each view's findings are worked out when first read.
   */
  snapshots(filter?: ListFilter, options?: CallOptions): Promise<readonly AssessmentView[]>;
  /**
   * The annual facts of every assessment the filter matches (in `list` order), for `@eqia/report`'s
   * buildAnnualReport: from the digests the store keeps, each assessment without a current one read
   * from its snapshot. Pass `{ facts, status: summary }` to the report.
   */
  annualFacts(filter?: ListFilter, options?: CallOptions): Promise<readonly AssessmentFacts[]>;
  /**
   * The annual report's facts for a period, as `@eqia/report`'s buildAnnualReport takes them
   * (`{ totals }`): the period's assessments, and counted by the store with its indexes what is owed
   * (actions by status, overdue by age and team, reviews, the year ahead), with the first
   * `query.listed` of each list (every one when omitted: the full list of overdue actions). Equal to
   * core's `annualTotalsOf` over every assessment's facts, which the client counts itself when the
   * store cannot answer.
   */
  annualTotals(query: AnnualQuery, options?: CallOptions): Promise<Frozen<AnnualTotals>>;
  /**
   * The due-regard findings of every assessment the filter matches, now (in `list` order): the same as
   * each view's `findings`, from the digests where they were made under the current profile, else by
   * checking the snapshot. checkEach's items, collected: at 100,000 holding them all costs more than
   * working them out, so prefer checkEach where each can be used and let go.
   */
  checkAll(filter?: ListFilter, options?: CallOptions): Promise<readonly AssessmentFindings[]>;
  /**
   * checkAll's items (the same, in the same order, as frozen), handed out as they are worked out: the
   * store is read a batch at a time, and at most a batch is held, however large the store. Nothing is
   * read until the first item is asked for; the user is checked then, and errors come from the
   * iteration. What `eqia check --all` prints. An assessment saved while it runs may be left out.
   */
  checkEach(filter?: ListFilter, options?: CallOptions): AsyncIterable<AssessmentFindings>;
  /**
   * Makes again, from its snapshot, each digest checkAll, checkEach and the annual facts would pass
   * over: missing, of an older eqia's format, or with checks judged under another profile than the
   * store's now (a change to a part of the profile the checks read: a user added, an interval changed).
   * Until then those read each such assessment whole, which at thousands of assessments takes seconds
   * instead of a fraction of one. It changes no assessment. Kept a batch at a time: interrupted, it keeps what it did. What
   * `eqia reindex` runs, and the CLI after such a change to the profile.
   */
  refreshDigests(options?: RefreshOptions): Promise<DigestsRefreshed>;
  dueForReview(options?: CallOptions): Promise<Frozen<AssessmentSummary[]>>;
  overdueActions(options?: CallOptions): Promise<readonly OverdueAction[]>;
  history(id: string, options?: CallOptions): Promise<readonly HistoryEntry[]>;
  /** The assessment as it was after log entry `seq`. */
  versionAt(id: string, seq: number, options?: CallOptions): Promise<Frozen<Assessment>>;
  diff(
    fromId: string,
    toId: string,
    options?: CallOptions,
  ): Promise<Frozen<{ path: string; from: unknown; to: unknown }[]>>;
  verify(id: string, options?: CallOptions): Promise<VerifyResult>;
  /**
   * Checks a published copy's verification reference against the log now: `matches` (with what was
   * recorded since), `truncated` (entries removed from the end) or `rewritten`.
   */
  verifyReference(reference: LogReference, options?: CallOptions): Promise<ReferenceVerdict>;
  /** The same comparison as `attachDisparity`, returned without attaching it (for printing a table). */
  analyseDisparity(input: DisparityRequest, options?: CallOptions): Promise<Frozen<DisparityAnalysis>>;

  /** Canonical JSON of the assessment with its log: round-trips byte for byte. */
  exportAssessment(id: string, options?: CallOptions): Promise<string>;
  importAssessment(json: string, options?: CallOptions): Promise<AssessmentView>;
  /**
   * Import a plain assessment record written outside eqia (no log): validated, its characteristics
   * checked against the profile, recorded as the first event with its provenance. `historical`: it was
   * signed off outside eqia, and says by whom and when (`signedOff`).
   */
  importRecord(
    json: string,
    options: { source: string; historical?: boolean } & CallOptions,
  ): Promise<AssessmentView>;

  /** The organisation's equality objectives: set up, approved by the Board, progress, closing. */
  readonly objectives: ObjectiveCommands;
  /** The organisation's equality data: workforce and caseload profiles, census baselines, pay gaps. */
  readonly data: EqualityDataCommands;
  /**
   * Change the profile (admins): recorded in its change log (`profile.changes`) with who and what.
   * `welshCurrent` names the texts (by text key) whose Welsh is still right for their English as it is
   * after the change: it is recorded as written for that English, no longer out of date.
   */
  updateProfile(
    recipe: (draft: Profile) => void,
    options?: CallOptions & { welshCurrent?: readonly string[] },
  ): Promise<Frozen<Profile>>;
  /** The profile's change log verifies and matches the profile as it is. */
  verifyProfile(options?: CallOptions): Promise<Frozen<ChainVerification>>;
  /** Register a public signing key for the acting user (an admin may name another user). */
  registerKey(registration: KeyRegistration, options?: CallOptions): Promise<Frozen<SigningKey>>;
  /** Revoke a key from now on (its owner or an admin): what it signed before stays valid. */
  revokeKey(keyId: string, input?: { reason?: string }, options?: CallOptions): Promise<Frozen<SigningKey>>;
  /**
   * Hold one assessment open for a run of commands: each command starts from what the session last
   * read or wrote instead of reading the store again (see AssessmentSession). Not found is NOT_FOUND.
   */
  open(id: string, options?: CallOptions): Promise<AssessmentSession>;
  /** The changes this client stores (not others'): see `watch` for everyone's. Returns an unsubscribe. */
  subscribe(listener: ChangeListener): () => void;
  /**
   * Watch the store: every change anyone stores from now on (this client, another client, another
   * process), or one assessment's with `id`. Resolves once watching; a store that cannot be watched is a
   * ValidationError. Any user of the profile may watch.
   */
  watch(options?: WatchOptions): Promise<ChangeFeed>;
  /**
   * Stops its subscriptions and closes the store it was created with (a client from `createEqia(…).as`
   * leaves the shared store open). At run time `Symbol.asyncDispose` closes it too (`await using`).
   */
  close(): Promise<void>;
}

/** The client's commands on one assessment, without the id (see EqiaClient.open). */
type SessionCommands = {
  [K in Exclude<LifecycleCommandName, 'edit'>]: EqiaClient[K] extends (
    id: string,
    ...rest: infer A
  ) => infer R
    ? (...rest: A) => R
    : never;
};

/** The client's commands that add one event to one assessment's log. */
export type LifecycleCommandName =
  | 'edit'
  | 'screen'
  | 'submit'
  | 'withdrawSubmission'
  | 'comment'
  | 'resolveComment'
  | 'verdict'
  | 'approve'
  | 'requestChanges'
  | 'publish'
  | 'reaffirm'
  | 'withdraw'
  | 'updateAction'
  | 'addMonitoringNote';

/**
 * One assessment held open (`client.open(id)`). Each command appends expecting the version the session
 * holds; when another writer appended first, it is tried once more from a fresh read, exactly as a
 * command of the client would have run. Nothing is kept but this assessment's snapshot and log.
 */
export interface AssessmentSession extends SessionCommands {
  readonly id: string;
  /** The assessment as the session holds it (read from the store only after reload). */
  view(): Promise<AssessmentView>;
  edit<S extends SectionId>(
    section: S,
    recipe: SectionRecipe<S>,
    options?: WriteOptions,
  ): Promise<AssessmentView>;
  /** Let go of what is held: the next command reads the store. */
  reload(): void;
}
