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
  /** Someone else changed the assessment first; nothing was written. */
  conflict: 5,
  validation: 6,
  invalidTransition: 7,
  storeCorrupt: 8,
  unsupportedVersion: 9,
  /** The audit hash chain does not verify. */
  tampered: 10,
  /** The store's server cannot be reached (PostgreSQL stopped or restarting): run the command again. */
  unavailable: 11,
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
  INVALID_TRANSITION: ExitCode.invalidTransition,
  BLOCKED_BY_FINDINGS: ExitCode.findings,
  STORE_CORRUPT: ExitCode.storeCorrupt,
  UNSUPPORTED_VERSION: ExitCode.unsupportedVersion,
  TAMPERED: ExitCode.tampered,
  UNAVAILABLE: ExitCode.unavailable,
};

export function exitCodeForErrorCode(code: ErrorCode): ExitCode {
  return byErrorCode[code];
}
