import {
  EqiaError,
  ForbiddenError,
  NotFoundError,
  StoreCorruptError,
  StoreUnavailableError,
  ValidationError,
} from '@eqia/core';

/**
 * What node-postgres and the server throw, turned into eqia's errors: no raw driver error reaches a
 * caller. A server that cannot be reached, is stopping or restarting, or drops the connection is
 * UNAVAILABLE, and worth trying again (the store does, for a while: see postgres-store.ts); a refused
 * login is FORBIDDEN; a database that does not exist NOT_FOUND; text the server cannot keep (U+0000, which
 * its jsonb refuses) VALIDATION, as the user can fix it; any other refusal from the server means its
 * tables are not as eqia made them, STORE_CORRUPT.
 */

/** Errors of the socket: the server is down, restarting, or not where the URL says. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOENT',
]);

/** node-postgres's own words for a connection that is gone or never came (it gives these no code). */
const lostConnection =
  /connection terminated|connection error|not queryable|timeout exceeded|connection ended/i;

const refusedLogin: Record<string, string> = {
  '28P01': 'the password was refused',
  '28000': 'the server refused this user (check the user name and the server’s pg_hba.conf)',
};

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Whether trying again later may well work: the connection failed or was lost (SQLSTATE class 08), the
 * server is shutting down, crashed or starting (57P01 to 57P03), it is out of connections or space
 * (class 53), or it broke a tie between transactions (40001, 40P01).
 */
export function isTransient(error: unknown): boolean {
  const code = codeOf(error);
  if (code === undefined) return error instanceof Error && lostConnection.test(error.message);
  return (
    networkCodes.has(code) ||
    code.startsWith('08') ||
    ['57P01', '57P02', '57P03', '40001', '40P01'].includes(code) ||
    code.startsWith('53')
  );
}

/** A SQLSTATE from the server (five characters), as opposed to a socket's error code. */
const isServerRefusal = (error: unknown) => /^[0-9A-Z]{5}$/.test(codeOf(error) ?? '');

/**
 * The eqia error for a failure talking to the store's server. `written` says whether a change may have
 * reached the server before the failure (a commit in flight when the connection dropped). eqia's own
 * errors (a conflict, a missing store) pass through unchanged.
 */
export function explainFailure(
  error: unknown,
  location: string,
  written: 'nothing' | 'unknown' = 'nothing',
): unknown {
  if (error instanceof EqiaError) return error;
  const code = codeOf(error);
  if (code && refusedLogin[code])
    return new ForbiddenError(`Cannot use the PostgreSQL store ${location}: ${refusedLogin[code]}.`, {
      cause: error,
    });
  if (code === '3D000')
    return new NotFoundError(
      `Cannot use the PostgreSQL store ${location}: the database does not exist (create it, or fix the database name in the URL).`,
      { cause: error },
    );
  if (code === '22P05')
    return new ValidationError(
      `The PostgreSQL store ${location} cannot keep a character this change holds: U+0000 (NUL), or one outside the database's encoding. Nothing was written: remove the character from the text and try again.`,
      [],
      { cause: error },
    );
  if (isTransient(error)) {
    const what = code ?? (error instanceof Error ? error.message : String(error));
    const outcome =
      written === 'unknown'
        ? 'The connection was lost while the change was being saved, so it may or may not have been saved: run the command again once the server is back (a change already saved is not saved twice), or look at the assessment’s history.'
        : 'Nothing was written. Check that the server is running, that the host and port in the URL are right, and that no firewall blocks the port; then try again.';
    return new StoreUnavailableError(
      `Cannot reach the PostgreSQL server of the store ${location} (${what}). ${outcome}`,
      location,
      written,
      { cause: error },
    );
  }
  if (isServerRefusal(error))
    return new StoreCorruptError(
      `The PostgreSQL store ${location} refused a statement eqia sends (${code}: ${(error as Error).message}): its tables are not as eqia made them. Nothing was written; ask its administrator to compare the schema with a fresh \`eqia init\`.`,
      location,
      { cause: error },
    );
  return error;
}
