import type {
  AnnualFacts,
  Assessment,
  AssessmentEventType,
  AssessmentSummary,
  Finding,
  Frozen,
  IsoDate,
  IsoDateTime,
  LifecycleState,
  LifecycleStatus,
  LoggedChange,
} from '@eqia/core';
import type { SignatureCheck } from './sign-off.js';

// What the client's queries and commands hand back (the client itself is in types.ts).

/** An assessment as the client returns it: content, where it is in its life, and what is still weak. */
export interface AssessmentView {
  readonly assessment: Frozen<Assessment>;
  readonly status: Frozen<LifecycleStatus>;
  readonly summary: Frozen<AssessmentSummary>;
  /** The number of entries in its log: pass it back as `expectedVersion` to act on exactly this. */
  readonly version: number;
  /**
   * The hash of the last entry of its log, when the view was read with it (`get` and commands): with
   * `version`, the verification reference a published copy carries (core's `logReference`).
   */
  readonly head?: string;
  /** The due-regard findings now (errors block submit and approve). */
  readonly findings: Frozen<Finding[]>;
  /** Derived from the next review date and the clock. */
  readonly reviewDue: boolean;
}

/** An assessment's annual facts (what `buildAnnualReport` reads) with its summary (which carries its status). */
export interface AssessmentFacts {
  readonly summary: Frozen<AssessmentSummary>;
  readonly facts: Frozen<AnnualFacts>;
}

/**
 * An assessment's due-regard findings now, with what a whole-store check shows of it (not its whole
 * summary: at 100,000 assessments, reading every summary was most of `check --all`).
 */
export interface AssessmentFindings {
  readonly id: string;
  readonly title: string;
  /** The title's Welsh version, only when one is written, as a listing has it (for a Welsh reader). */
  readonly welshTitle?: string;
  /** `true`, only when that Welsh was written for English that has changed since. */
  readonly welshTitleStale?: true;
  readonly state: LifecycleState;
  readonly findings: Frozen<Finding[]>;
}

export interface HistoryEntry {
  readonly seq: number;
  readonly type: string;
  readonly by: string;
  readonly at: IsoDateTime;
  /** What changed, as dotted paths (e.g. `analysis.race.status`). */
  readonly changed: readonly string[];
  readonly summary: string;
}

export interface OverdueAction {
  readonly assessmentId: string;
  readonly title: string;
  readonly actionId: string;
  readonly dueDate: IsoDate;
}

/**
 * What verify found. `signatures` has one check per sign-off (approval, publication, reaffirmation) in
 * log order, whether or not the record verifies as a whole.
 */
export type VerifyResult = Frozen<
  ({ ok: true; entries: number } | { ok: false; index: number; reason: string }) & {
    signatures: SignatureCheck[];
  }
>;

/** What verifyReference found; `since` names each entry recorded after the copy was made. */
export type ReferenceVerdict = Frozen<
  | { status: 'matches'; since: LoggedChange[] }
  | { status: 'truncated'; missing: number }
  | { status: 'rewritten' }
>;

/**
 * One entry appended to an assessment's log, by anyone: which assessment, what happened (the event's
 * `type`), who and when, the assessment's `version` once it was recorded, and its place in the store's
 * order of changes (`sequence`). Read the assessment (`get`) for what it holds now.
 */
export interface AssessmentChange {
  readonly id: string;
  readonly type: AssessmentEventType;
  readonly by: string;
  readonly at: IsoDateTime;
  readonly version: number;
  readonly sequence: number;
}

/**
 * The changes a store reports from when `watch` resolved, in order: iterate it (`for await`), or give
 * `onChange`. `stop()` ends it, as the store's close and the client's do; the `signal` fires as a
 * CancelledError from the iteration. Leaving a `for await` loop stops it too.
 */
export interface ChangeFeed extends AsyncIterable<AssessmentChange> {
  stop(): void;
}
