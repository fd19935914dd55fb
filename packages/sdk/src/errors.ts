import {
  type BlockedByFindingsError,
  isEqiaError as branded,
  type CancelledError,
  type ConflictError,
  type ForbiddenError,
  type InvalidTransitionError,
  type NotFoundError,
  type StorageFailedError,
  type StoreCorruptError,
  type StoreUnavailableError,
  type TamperedError,
  type UnsupportedVersionError,
  type ValidationError,
} from '@eqia/core/light';
import type { StoreBusyError } from './store/store-errors.js';

/**
 * Every error eqia throws on purpose, as one union: after `isEqiaError`, `switch (error.code)` narrows
 * each case to its class (`STORE_BUSY` to StoreBusyError, which is `retryable`).
 */
export type AnyEqiaError =
  | ValidationError
  | NotFoundError
  | ForbiddenError
  | ConflictError
  | StoreBusyError
  | InvalidTransitionError
  | BlockedByFindingsError
  | StoreCorruptError
  | UnsupportedVersionError
  | TamperedError
  | StorageFailedError
  | StoreUnavailableError
  | CancelledError;

/**
 * Whether eqia threw this on purpose, narrowed to the union of its errors. It checks a brand, not
 * `instanceof`, so an error from another installed copy of eqia passes too.
 */
export function isEqiaError(error: unknown): error is AnyEqiaError {
  return branded(error);
}

/** A command's outcome as a value, for forms: the data, or the eqia error that refused it. */
export type Result<T> = { success: true; data: T } | { success: false; error: AnyEqiaError };

/**
 * Runs a command and returns its outcome instead of throwing, as zod's `safeParse` does:
 * `const result = await attempt(() => client.submit(id)); if (!result.success) show(result.error)`.
 * Only eqia's errors become results; anything else (a bug, a lost connection) is thrown as it was.
 */
export async function attempt<T>(command: () => Promise<T>): Promise<Result<T>> {
  try {
    return { success: true, data: await command() };
  } catch (error) {
    if (isEqiaError(error)) return { success: false, error };
    throw error;
  }
}
