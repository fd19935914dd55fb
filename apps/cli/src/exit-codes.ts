import type { ErrorCode } from '@eqia/core';

/**
 * The process exit codes of `eqia`. Scripts and cron jobs rely on them, so they never change meaning;
 * docs/cli.md lists them. Every error the SDK throws maps to one code here, and only here.
 */
export const ExitCode = {
  ok: 0,
  /** Due-regard findings at error level, a failed check, or something due (`eqia due`). */
  findings: 1,
  /** The command line was wrong, or input was needed but there is no terminal to ask. */
  usage: 2,
  notFound: 3,
  forbidden: 4,
  /** Someone else changed the assessment first, or the store was busy; nothing was written. */
  conflict: 5,
  validation: 6,
  invalidTransition: 7,
  storeCorrupt: 8,
  unsupportedVersion: 9,
  /** The audit hash chain does not verify. */
  tampered: 10,
  /** The disk or file system failed: full, read-only, or an I/O error. Nothing was written. */
  storageFailed: 11,
  /** The store's server cannot be reached (PostgreSQL stopped or restarting): run the command again. */
  unavailable: 12,
  /** Ctrl+C at a question, before anything was done. */
  cancelled: 130,
  /** A bug in eqia: please report it. */
  internal: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

const byErrorCode: Record<ErrorCode, ExitCode> = {
  VALIDATION: ExitCode.validation,
  NOT_FOUND: ExitCode.notFound,
  FORBIDDEN: ExitCode.forbidden,
  CONFLICT: ExitCode.conflict,
  // A busy store is the same remedy for a script as a conflict: run it again.
  STORE_BUSY: ExitCode.conflict,
  INVALID_TRANSITION: ExitCode.invalidTransition,
  BLOCKED_BY_FINDINGS: ExitCode.findings,
  STORE_CORRUPT: ExitCode.storeCorrupt,
  UNSUPPORTED_VERSION: ExitCode.unsupportedVersion,
  TAMPERED: ExitCode.tampered,
  STORAGE_FAILED: ExitCode.storageFailed,
  UNAVAILABLE: ExitCode.unavailable,
  // The SDK's calls are aborted only through a signal, which the CLI gives none: stopping is Ctrl+C's code.
  CANCELLED: ExitCode.cancelled,
};

export function exitCodeForErrorCode(code: ErrorCode): ExitCode {
  return byErrorCode[code];
}

/**
 * What the operating system's error about a file named on the command line (an --out, an answers file)
 * means, with the error code `--json` reports; file-errors.ts words the message. Any other error it
 * reports about a file is the disk's.
 */
const byFileError: Record<string, { exitCode: ExitCode; code: ErrorCode | 'USAGE' }> = {
  ENOENT: { exitCode: ExitCode.notFound, code: 'NOT_FOUND' },
  ENOTDIR: { exitCode: ExitCode.notFound, code: 'NOT_FOUND' },
  EACCES: { exitCode: ExitCode.forbidden, code: 'FORBIDDEN' },
  EPERM: { exitCode: ExitCode.forbidden, code: 'FORBIDDEN' },
  EROFS: { exitCode: ExitCode.forbidden, code: 'FORBIDDEN' },
  EISDIR: { exitCode: ExitCode.usage, code: 'USAGE' },
  ENAMETOOLONG: { exitCode: ExitCode.usage, code: 'USAGE' },
  ELOOP: { exitCode: ExitCode.usage, code: 'USAGE' },
};

export function exitCodeForFileError(errno: string): { exitCode: ExitCode; code: ErrorCode | 'USAGE' } {
  return byFileError[errno] ?? { exitCode: ExitCode.storageFailed, code: 'STORAGE_FAILED' };
}
