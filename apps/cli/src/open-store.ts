import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AssessmentStore } from '@eqia/sdk/light';
import type { CliContext } from './context.js';
import { settingDefault } from './settings/location.js';
import { NotAStoreError } from './usage-error.js';

/**
 * The store location: --store, else EQIA_STORE, else the user's `store` setting (`eqia config`), else
 * ./.eqia in the working directory. The settings file is looked at only when neither flag nor variable
 * decided. A relative location is relative to the working directory, wherever it came from.
 */
export async function storeLocation(
  ctx: Pick<CliContext, 'env' | 'cwd' | 'settings'>,
  flag: string | undefined,
): Promise<string> {
  return flag ?? ctx.env.EQIA_STORE ?? (await settingDefault(ctx, 'store'))?.value ?? '.eqia';
}

/** The name of the SQLite database inside a store directory. */
export const DATABASE_NAME = 'eqia.db';

/**
 * The SQLite database a location names: the location itself when it is a file or ends in .db or
 * .sqlite, else `eqia.db` inside it (a directory, as `.eqia` is).
 */
export function databaseFile(location: string, cwd: string): string {
  const path = resolve(cwd, location);
  const found = statSync(path, { throwIfNoEntry: false });
  if (/\.(db|sqlite3?)$/i.test(path) || found?.isFile()) return path;
  if (found && !found.isDirectory()) throw new NotAStoreError(path);
  return join(path, DATABASE_NAME);
}

export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//i.test(location);

/**
 * Open the store at a location: the one place that knows which adapter a location means. A postgres://
 * URL opens the PostgreSQL store (loaded only then, so nobody else needs `pg`); anything else is the
 * SQLite store, a database file or a directory holding `eqia.db`.
 */
export async function openStore(location: string, cwd: string): Promise<AssessmentStore> {
  if (isPostgresUrl(location)) {
    // A literal specifier, so the bundle shares one @eqia/core (and its error classes) with the adapter.
    const { openPostgresStore } = await import('@eqia/store-postgres');
    return openPostgresStore(location);
  }
  const { openSqliteStore } = await import('@eqia/store-sqlite');
  return openSqliteStore(databaseFile(location, cwd));
}
