import type { Finding } from './checks/finding.js';
import type { Refusal } from './labels/refusals.js';
import { englishSchemaWords as says } from './labels/schema-words.js';

/**
 * Every error eqia throws on purpose. Each class has a stable `code` that callers, the CLI's exit codes
 * and other apps can rely on; the message says what went wrong and what to do.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'STORE_BUSY'
  | 'INVALID_TRANSITION'
  | 'BLOCKED_BY_FINDINGS'
  | 'STORE_CORRUPT'
  | 'UNSUPPORTED_VERSION'
  | 'TAMPERED'
  | 'STORAGE_FAILED'
  | 'UNAVAILABLE'
  | 'CANCELLED';

/**
 * A message as data: its id in a catalogue area (core's `lifecycle`, the SDK's `store`…) and its values,
 * which are ids and names, never words, so a client can word the error again in its user's language.
 */
export interface Told {
  readonly id: string;
  readonly values: Readonly<Record<string, string>>;
}

export abstract class EqiaError extends Error {
  abstract readonly code: ErrorCode;
  /** The message as data, when a catalogue words it (see `Told`). */
  readonly told?: Told;
  constructor(message: string, options?: { cause?: unknown; told?: Told }) {
    super(message, options);
    this.name = new.target.name;
    if (options?.told) this.told = options.told;
  }
}

export interface ValidationIssue {
  /** Where the problem is, as a dotted path such as `policy.title` or `actions.0.dueDate`. */
  path: string;
  message: string;
  /** The message as data, when a catalogue words it (core's `records` area), for another language. */
  told?: Told;
  /** The path as data, when it is words (a CSV's "line 3"), likewise. */
  where?: Told;
}

/** Issues as a message lists them, one a line: "  - policy.title: give the policy a title". */
export const issueLines = (issues: readonly ValidationIssue[], root: string = says.root): string =>
  issues.map((issue) => `  - ${issue.path || root}: ${issue.message}`).join('\n');

/** Input did not match the schema: each issue names its path. */
export class ValidationError extends EqiaError {
  readonly code = 'VALIDATION';
  constructor(
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
    /** `root`: how the list names the whole input, in the message's language. */
    options?: { cause?: unknown; told?: Told; root?: string },
  ) {
    super(issues.length ? `${message}\n${issueLines(issues, options?.root)}` : message, options);
  }
}

export class NotFoundError extends EqiaError {
  readonly code = 'NOT_FOUND';
}

/**
 * The acting user may not do this: wrong role, or approving their own assessment. A refusal of `authorise`
 * carries itself as data (`refusal`), so a client can tell it in the user's language.
 */
export class ForbiddenError extends EqiaError {
  readonly code = 'FORBIDDEN';
  readonly refusal?: Refusal;
  constructor(message: string, options?: { cause?: unknown; refusal?: Refusal; told?: Told }) {
    super(message, options);
    if (options?.refusal) this.refusal = options.refusal;
  }
}

/** One log entry someone else appended since a caller read the assessment: what a conflict names. */
export interface LoggedChange {
  seq: number;
  type: string;
  by: string;
  at: string;
  /** The section, for an edit or a comment. */
  section?: string;
}

/**
 * Someone else changed the assessment first. Nothing was written. `retryable` says whether simply
 * trying again can help: true when two writers met at the store (re-read and retry), false when the
 * caller's own copy is out of date (a form loaded before `changes`): show them those, and let the
 * person decide again on the current version.
 */
export class ConflictError extends EqiaError {
  readonly code = 'CONFLICT';
  readonly retryable: boolean;
  /** What was appended since `expectedVersion`, oldest first, when known. */
  readonly changes: readonly LoggedChange[];
  constructor(
    message: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
    options?: { cause?: unknown; retryable?: boolean; changes?: readonly LoggedChange[]; told?: Told },
  ) {
    super(message, options);
    this.retryable = options?.retryable ?? true;
    this.changes = options?.changes ?? [];
  }
}

/** The event does not apply in the assessment's current state. */
export class InvalidTransitionError extends EqiaError {
  readonly code = 'INVALID_TRANSITION';
  constructor(
    message: string,
    readonly state: string,
    readonly event: string,
    options?: { cause?: unknown; told?: Told },
  ) {
    super(message, options);
  }
}

/** Submission or approval refused while error-level due-regard findings remain; they are attached. */
export class BlockedByFindingsError extends EqiaError {
  readonly code = 'BLOCKED_BY_FINDINGS';
  constructor(
    message: string,
    readonly findings: readonly Finding[],
    options?: { cause?: unknown; told?: Told },
  ) {
    super(message, options);
  }
}

/** A stored file or record cannot be read as what it should be. It is left untouched. */
export class StoreCorruptError extends EqiaError {
  readonly code = 'STORE_CORRUPT';
  constructor(
    message: string,
    readonly location: string,
    options?: { cause?: unknown; told?: Told },
  ) {
    super(message, options);
  }
}

/**
 * The store's server cannot be reached now, or dropped the connection: try again once it is back.
 * `written` says whether the change may have been stored: `nothing` when the failure came before the
 * commit, `unknown` when the connection was lost while committing. A change sent with a command id
 * (the SDK sends one with every command) is safe to send again: a store that holds it already accepts
 * it without writing it twice.
 */
export class StoreUnavailableError extends EqiaError {
  readonly code = 'UNAVAILABLE';
  constructor(
    message: string,
    /** The store, as `store.location` names it. */
    readonly location: string,
    readonly written: 'nothing' | 'unknown' = 'nothing',
    options?: { cause?: unknown; told?: Told },
  ) {
    super(message, options);
  }
}

/**
 * The caller aborted the call through its `signal` (an AbortSignal) before it finished: nothing was
 * written. Named `AbortError`, as the web platform names an aborted fetch, so code that checks
 * `error.name === 'AbortError'` treats it alike; `reason` is the signal's.
 */
export class CancelledError extends EqiaError {
  readonly code = 'CANCELLED';
  constructor(
    message: string,
    readonly reason: unknown,
    options?: { cause?: unknown; told?: Told },
  ) {
    super(message, options);
    this.name = 'AbortError';
  }
}

/** A schema or snapshot version this release does not know (usually written by a newer eqia). */
export class UnsupportedVersionError extends EqiaError {
  readonly code = 'UNSUPPORTED_VERSION';
  constructor(
    message: string,
    readonly found: unknown,
    readonly supported: readonly number[],
    options?: { cause?: unknown; told?: Told },
  ) {
    super(message, options);
  }
}

/** The audit hash chain does not verify: history was edited, removed or reordered. */
export class TamperedError extends EqiaError {
  readonly code = 'TAMPERED';
  constructor(
    message: string,
    readonly index: number,
    options?: { cause?: unknown; told?: Told },
  ) {
    super(message, options);
  }
}

/**
 * The disk or file system under a store failed: it is full, read-only or reported an I/O error. Not the
 * data's fault and not a bug: nothing was written by the failed call, and it may work once the disk does.
 */
export class StorageFailedError extends EqiaError {
  readonly code = 'STORAGE_FAILED';
  constructor(
    message: string,
    readonly location: string,
    options?: { cause?: unknown; told?: Told },
  ) {
    super(message, options);
  }
}

/**
 * Every eqia error carries this brand (a registered symbol, the same in every copy of eqia), so that an
 * app with two copies installed (one bundled by a library, one of its own) still recognises them, where
 * `instanceof` would not.
 */
const brand = Symbol.for('eqia.error');
Object.defineProperty(EqiaError.prototype, brand, { value: true });

/** Whether this is an error eqia threw on purpose, from this copy of eqia or any other. */
export function isEqiaError(error: unknown): error is EqiaError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { [brand]?: unknown })[brand] === true &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}
