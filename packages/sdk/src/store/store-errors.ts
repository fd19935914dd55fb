import {
  ConflictError,
  EqiaError,
  issueLines,
  NotFoundError,
  StoreCorruptError,
  type Told,
  type ValidationError,
} from '@eqia/core/light';
import { englishStoreMissing } from '../language/store-missing.js';
import { storedTold } from '../language/stored-errors.js';

/** Reading or writing a store nobody has created: stores are only ever created on purpose. */
export function storeMissing(location: string): NotFoundError {
  // Not through `storeTold`, whose catalogue (the adapters' words) a page need not load.
  const told: Told = { id: 'storeMissing', values: { location } };
  return new NotFoundError(englishStoreMissing.storeMissing({ location }), { told });
}

/** Another writer kept the store busy for longer than we were willing to wait. Nothing was written. */
export class StoreBusyError extends EqiaError {
  readonly code = 'STORE_BUSY';
  /** Nothing about the request was wrong: the same call a moment later can succeed. */
  readonly retryable = true;
  constructor(
    message: string,
    /** The store, as `store.location` names it. */
    readonly location: string,
    options?: { cause?: unknown; told?: Told },
  ) {
    super(message, options);
  }
}

/**
 * A document read from a store that does not match the schema (edited by hand, or damaged): refused by
 * name with what is wrong, and left as it is. The profile's, the assessment `id`'s or the objective's.
 */
export function storedInvalid(
  location: string,
  error: ValidationError,
  id?: string,
  kind: 'assessment' | 'objective' = 'assessment',
): StoreCorruptError {
  const issues = issueLines(error.issues);
  const { message, options } =
    id === undefined
      ? storedTold('profileInvalid', { location, issues })
      : storedTold(kind === 'objective' ? 'objectiveInvalid' : 'assessmentInvalid', { location, id, issues });
  return new StoreCorruptError(message, location, { cause: error, ...options });
}

/**
 * The store's profile is no longer the one a command was judged under (AppendRequest's `profileVersion`):
 * nothing was written. The client judges the command again under the profile as it is now.
 */
export class ProfileChangedError extends ConflictError {
  constructor(location: string, id: string, expectedVersion: number) {
    const { message, options } = storedTold('profileChanged', { location, id });
    super(message, expectedVersion, expectedVersion, options);
  }
}
