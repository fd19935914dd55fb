import { ForbiddenError, NotFoundError, ValidationError } from '@eqia/core';

/** Schema names are interpolated into SQL, so only plain lower-case identifiers are accepted. */
const schemaNamePattern = /^[a-z_][a-z0-9_]{0,62}$/;

export function quoteSchemaName(schema: string): string {
  if (!schemaNamePattern.test(schema))
    throw new ValidationError(
      `"${schema}" is not a usable PostgreSQL schema name: use lower-case letters, digits and underscores, starting with a letter or underscore (at most 63 characters).`,
    );
  return `"${schema}"`;
}

export interface StoreAddress {
  /** What node-postgres connects with: the URL without eqia's own `schema` parameter. */
  connectionString: string;
  /** The URL as messages may show it: never the password (in the user-info part or a parameter). */
  shown: string;
  /** The `schema` parameter, if the URL names one (so EQIA_STORE alone can pick a schema). */
  schema?: string;
}

export function parseStoreUrl(url: string): StoreAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new ValidationError(
      'The PostgreSQL store address is not a URL: write it as postgres://user@host:5432/database (the password may be given in PGPASSWORD or ~/.pgpass instead of the URL).',
      [],
      { cause },
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
    throw new ValidationError(
      `The PostgreSQL store address must start with postgres:// or postgresql://, not ${parsed.protocol}//.`,
    );
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  const connectionString = parsed.toString();
  parsed.password = '';
  parsed.searchParams.delete('password');
  return { connectionString, shown: parsed.toString(), ...(schema !== undefined && { schema }) };
}

/** Error codes node-postgres and the server use when the server cannot be reached or refuses us. */
const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOENT',
]);
const refusedLogin: Record<string, string> = {
  '28P01': 'the password was refused',
  '28000': 'the server refused this user (check the user name and the server’s pg_hba.conf)',
};
const missingDatabase: Record<string, string> = {
  '3D000': 'the database does not exist (create it, or fix the database name in the URL)',
  '57P03': 'the server is starting up or shutting down (try again shortly)',
};

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turn a failure to connect into an eqia error that says where we tried and what to check: an
 * unreachable server or missing database is NOT_FOUND, a refused login FORBIDDEN. Any other error
 * passes through unchanged.
 */
export function explainConnectionFailure(error: unknown, location: string): unknown {
  const code = errorCode(error);
  const timedOut = !code && error instanceof Error && /timeout/i.test(error.message);
  if (code && refusedLogin[code])
    return new ForbiddenError(`Cannot use the PostgreSQL store ${location}: ${refusedLogin[code]}.`, {
      cause: error,
    });
  if (code && missingDatabase[code])
    return new NotFoundError(`Cannot use the PostgreSQL store ${location}: ${missingDatabase[code]}.`, {
      cause: error,
    });
  if ((code && unreachableCodes.has(code)) || timedOut)
    return new NotFoundError(
      `Cannot reach the PostgreSQL server of the store ${location}: ${code ?? 'the connection timed out'}. ` +
        'Check that the server is running, that the host and port in the URL are right, and that no ' +
        'firewall blocks the port.',
      { cause: error },
    );
  return error;
}
