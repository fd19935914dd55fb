import { ValidationError } from '@eqia/core';

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
