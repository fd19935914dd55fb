import { resolve } from 'node:path';
import type { AssessmentStore } from '@eqia/sdk/file-store';
import type { CliContext } from './context.js';
import { settingDefault } from './settings/location.js';

/**
 * The store location: --store, else EQIA_STORE, else the user's `store` setting (`eqia config`), else
 * ./.eqia in the working directory. The settings file is looked at only when neither flag nor variable
 * decided. A relative location is relative to the working directory, wherever it came from.
 */
export async function storeLocation(ctx: CliContext, flag: string | undefined): Promise<string> {
  return flag ?? ctx.env.EQIA_STORE ?? (await settingDefault(ctx, 'store'))?.value ?? '.eqia';
}

/**
 * Open the store at a location: the one place that knows which adapter a location means. A postgres://
 * URL opens the PostgreSQL store (loaded only then, so the file store never needs `pg`); anything else is
 * a directory for the file store.
 */
export async function openStore(location: string, cwd: string): Promise<AssessmentStore> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    // A literal specifier, so the bundle shares one @eqia/core (and its error classes) with the adapter.
    const { openPostgresStore } = await import('@eqia/store-postgres');
    return openPostgresStore(location);
  }
  // The light entry: the file store without the client, so `eqia list` builds no schema.
  const { createFileStore } = await import('@eqia/sdk/file-store');
  return createFileStore({ directory: resolve(cwd, location) });
}
