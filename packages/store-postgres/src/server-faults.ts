import {
  EqiaError,
  ForbiddenError,
  NotFoundError,
  StoreCorruptError,
  StoreUnavailableError,
  ValidationError,
} from '@eqia/core';
import { storeTold } from '@eqia/sdk/adapter';

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

const refusedLogin: Record<string, 'postgresPasswordRefused' | 'postgresUserRefused'> = {
  '28P01': 'postgresPasswordRefused',
  '28000': 'postgresUserRefused',
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
  const refusal = code === undefined ? undefined : refusedLogin[code];
  if (refusal) {
    const { message, options } = storeTold(refusal, { location });
    return new ForbiddenError(message, { ...options, cause: error });
  }
  if (code === '3D000') {
    const { message, options } = storeTold('postgresNoDatabase', { location });
    return new NotFoundError(message, { ...options, cause: error });
  }
  if (code === '22P05') {
    const { message, options } = storeTold('postgresCharacterRefused', { location });
    return new ValidationError(message, [], { ...options, cause: error });
  }
  if (isTransient(error)) {
    const said = code ?? (error instanceof Error ? error.message : String(error));
    const id = written === 'unknown' ? 'postgresLostWhileSaving' : 'postgresUnreachable';
    const { message, options } = storeTold(id, { location, said });
    return new StoreUnavailableError(message, location, written, { ...options, cause: error });
  }
  if (isServerRefusal(error)) {
    const said = (error as Error).message;
    const { message, options } = storeTold('postgresStatementRefused', { location, code: code ?? '', said });
    return new StoreCorruptError(message, location, { ...options, cause: error });
  }
  return error;
}
