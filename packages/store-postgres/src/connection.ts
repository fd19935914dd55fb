import { ValidationError } from '@eqia/core';
import { type StoreErrorWords, storeTold } from '@eqia/sdk/adapter';

/** An address or schema name eqia cannot use, told as data so a client can say it in its user's language. */
function refused<K extends 'postgresSchemaName' | 'postgresNotAUrl' | 'postgresNotPostgresUrl'>(
  id: K,
  values: Parameters<StoreErrorWords[K]>[0],
  cause?: unknown,
): ValidationError {
  const { message, options } = storeTold(id, values);
  return new ValidationError(message, [], { ...options, ...(cause !== undefined && { cause }) });
}

/** Schema names are interpolated into SQL, so only plain lower-case identifiers are accepted. */
const schemaNamePattern = /^[a-z_][a-z0-9_]{0,62}$/;

export function quoteSchemaName(schema: string): string {
  if (!schemaNamePattern.test(schema)) throw refused('postgresSchemaName', { schema });
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
    throw refused('postgresNotAUrl', {}, cause);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
    throw refused('postgresNotPostgresUrl', { protocol: parsed.protocol });
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  const connectionString = parsed.toString();
  parsed.password = '';
  parsed.searchParams.delete('password');
  return { connectionString, shown: parsed.toString(), ...(schema !== undefined && { schema }) };
}
