import { ForbiddenError, isEqiaError, StorageFailedError, StoreCorruptError } from '@eqia/core/light';
import { type StoreErrorWords, storeTold } from '@eqia/sdk/adapter';
import { StoreBusyError } from '@eqia/sdk/light';

/** What to do about a damaged file, said the same way by every corrupt-store error. */
export const remedy = (file: string) =>
  `Nothing was changed. Restore the file from your latest backup; to see what SQLite makes of it, run: sqlite3 "${file}" "PRAGMA integrity_check"`;

export function notAnEqiaStore(file: string): StoreCorruptError {
  const { message, options } = storeTold('notAnEqiaStore', { file });
  return new StoreCorruptError(message, file, options);
}

type Fault = Exclude<keyof StoreErrorWords, 'storeMissing' | 'storeBusy' | `postgres${string}`>;

/**
 * A damaged store, as the SDK's store words say it (so the user's language can say it again): `more`
 * gives the values a fault names beyond the file and what SQLite said (the row, where its JSON breaks).
 */
export function damagedAs(file: string, fault: Fault, error?: unknown, more: Record<string, string> = {}) {
  const said = error instanceof Error ? error.message : '';
  const { message, options } = storeTold(fault, { file, said, ...more } as never);
  return new StoreCorruptError(message, file, { ...options, cause: error });
}

const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/** Another connection holds the lock this call needs (it wrote nothing). */
export const isBusy = (error: unknown): boolean =>
  codeOf(error).startsWith('SQLITE_BUSY') || codeOf(error).startsWith('SQLITE_LOCKED');

/** The engine's own words, for a message to quote. */
const said = (error: unknown) => (error instanceof Error ? error.message : '');

/**
 * Turn what better-sqlite3 or the file system threw into the eqia error that says what happened to the
 * store and what to do, so that no raw SqliteError reaches a caller for an ordinary fault. eqia's own
 * errors pass through, as does anything unforeseen (a bug, not a fault of the file).
 */
export function explainFailure(error: unknown, file: string, busyTimeoutMs: number): unknown {
  if (isEqiaError(error)) return error;
  const code = codeOf(error);
  const quoted = { file, said: said(error) };
  if (isBusy(error)) {
    const { message, options } = storeTold('storeBusy', { file, seconds: String(busyTimeoutMs / 1000) });
    return new StoreBusyError(message, file, { ...options, cause: error });
  }
  if (code.startsWith('SQLITE_CORRUPT')) return damagedAs(file, 'damagedPages', error);
  if (code === 'SQLITE_NOTADB') return damagedAs(file, 'notADatabase', error);
  if (code.startsWith('SQLITE_CONSTRAINT')) return damagedAs(file, 'rowsOutOfPlace', error);
  if (code === 'SQLITE_ERROR' && /malformed JSON/.test((error as Error).message))
    return damagedAs(file, 'notJson', error);
  if (code === 'SQLITE_ERROR' && /no such (table|column)/.test((error as Error).message))
    return damagedAs(file, 'noTables', error);
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code === 'SQLITE_PERM' ||
    code === 'EACCES' ||
    code === 'EPERM'
  ) {
    const { message, options } = storeTold('cannotOpen', quoted);
    return new ForbiddenError(message, { ...options, cause: error });
  }
  if (code === 'SQLITE_FULL') {
    const { message, options } = storeTold('diskFull', { file });
    return new StorageFailedError(message, file, { ...options, cause: error });
  }
  if (code.startsWith('SQLITE_IOERR')) {
    const { message, options } = storeTold('diskFailed', quoted);
    return new StorageFailedError(message, file, { ...options, cause: error });
  }
  return error;
}
