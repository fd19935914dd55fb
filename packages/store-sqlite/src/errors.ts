import { ForbiddenError, isEqiaError, StorageFailedError, StoreCorruptError } from '@eqia/core/light';
import { StoreBusyError } from '@eqia/sdk/light';

/** What to do about a damaged file, said the same way by every corrupt-store error. */
export const remedy = (file: string) =>
  `Nothing was changed. Restore the file from your latest backup; to see what SQLite makes of it, run: sqlite3 "${file}" "PRAGMA integrity_check"`;

export function damaged(file: string, what: string, cause?: unknown): StoreCorruptError {
  return new StoreCorruptError(`The eqia store ${file} ${what}. ${remedy(file)}`, file, { cause });
}

export function notAnEqiaStore(file: string): StoreCorruptError {
  return new StoreCorruptError(
    `The file ${file} is a SQLite database but not an eqia store: nothing was changed. Point eqia at its own database file, or move this one away before running eqia init there.`,
    file,
  );
}

const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/** Another connection holds the lock this call needs (it wrote nothing). */
export const isBusy = (error: unknown): boolean =>
  codeOf(error).startsWith('SQLITE_BUSY') || codeOf(error).startsWith('SQLITE_LOCKED');

/** The engine's own words, for the end of a message. */
const said = (error: unknown) => (error instanceof Error ? ` (SQLite said: ${error.message})` : '');

/**
 * Turn what better-sqlite3 or the file system threw into the eqia error that says what happened to the
 * store and what to do, so that no raw SqliteError reaches a caller for an ordinary fault. eqia's own
 * errors pass through, as does anything unforeseen (a bug, not a fault of the file).
 */
export function explainFailure(error: unknown, file: string, busyTimeoutMs: number): unknown {
  if (isEqiaError(error)) return error;
  const code = codeOf(error);
  if (isBusy(error))
    return new StoreBusyError(
      `The eqia store ${file} stayed busy for more than ${busyTimeoutMs / 1000} s: another process held its write lock all that time. Nothing was written; try again, and if it keeps happening look for an eqia process that is stuck.`,
      file,
      { cause: error },
    );
  if (code.startsWith('SQLITE_CORRUPT'))
    return damaged(
      file,
      `is damaged: SQLite found pages that do not hold what they should${said(error)}`,
      error,
    );
  if (code === 'SQLITE_NOTADB')
    return damaged(file, `is not a SQLite database, or its first page is damaged${said(error)}`, error);
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return damaged(
      file,
      `holds rows that do not line up (an event or assessment out of place)${said(error)}`,
      error,
    );
  if (code === 'SQLITE_ERROR' && /malformed JSON/.test((error as Error).message))
    return damaged(file, `holds a document that is not JSON${said(error)}`, error);
  if (code === 'SQLITE_ERROR' && /no such (table|column)/.test((error as Error).message))
    return damaged(file, `does not have the tables this eqia expects${said(error)}`, error);
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code === 'SQLITE_PERM' ||
    code === 'EACCES' ||
    code === 'EPERM'
  )
    return new ForbiddenError(
      `eqia cannot open the store ${file} for reading and writing${said(error)}. Check that this user may read and write the file and the folder it is in (SQLite keeps -wal and -shm files beside it).`,
      { cause: error },
    );
  if (code === 'SQLITE_FULL')
    return new StorageFailedError(
      `The disk holding the eqia store ${file} is full: nothing was written. Free some space and try again.`,
      file,
      { cause: error },
    );
  if (code.startsWith('SQLITE_IOERR'))
    return new StorageFailedError(
      `The operating system reported an error reading or writing the eqia store ${file}${said(error)}. Nothing was written by the failed call; check the disk, then try again.`,
      file,
      { cause: error },
    );
  return error;
}
