import { join, resolve } from 'node:path';
import type { Frozen, Locale } from '@eqia/core';
import { NotFoundError, type Profile, UnsupportedVersionError } from '@eqia/core/light';
import type { AssessmentStore, EqiaClient } from '@eqia/sdk';
import type { CliContext } from './context.js';
import { msg, uiLocale, useProfileLanguage } from './messages/ui-language.js';
import { DATABASE_NAME, isPostgresUrl, openStore, storeLocation } from './open-store.js';
import { storePlace } from './output/store-place.js';
import { settingDefault } from './settings/location.js';
import { UsageError } from './usage-error.js';

/** A store with its profile, and who is acting: all a read of summaries needs, without a client. */
export interface OpenedStore {
  store: AssessmentStore;
  profile: Profile;
  user: string;
}

export interface OpenedClient {
  client: EqiaClient;
  store: AssessmentStore;
  profile: Profile;
}

/**
 * Open the store and resolve the user from --user, EQIA_USER or the `user` setting. Reading records
 * nothing, so a read may go without a user (it reads as the first one in the profile); anything that
 * writes must say who is acting, because the audit log records it.
 */
export async function openStoreAs(
  ctx: CliContext,
  flags: { store?: string | undefined; user?: string | undefined },
  purpose: 'read' | 'write',
): Promise<OpenedStore> {
  const store = await openExistingStore(ctx, flags.store);
  try {
    const profile = await store.readProfile();
    if (!profile) throw new NotFoundError(msg.errors.noProfile({ location: storePlace(store.location) }));
    await useProfileLanguage(profile);
    return { store, profile, user: await resolveUser(ctx, flags.user, profile, purpose) };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Open the store (see openStoreAs) and a client acting as that user. */
export async function openClient(
  ctx: CliContext,
  flags: { store?: string | undefined; user?: string | undefined },
  purpose: 'read' | 'write',
  locale?: Locale,
): Promise<OpenedClient> {
  return clientFor(ctx, await openStoreAs(ctx, flags, purpose), locale);
}

/**
 * A client on a store already opened (this loads the SDK's client, core's schemas and the lifecycle),
 * speaking the language of eqia's messages unless told another (JSON output is the same in every one).
 */
export async function clientFor(
  ctx: CliContext,
  { store, profile, user }: OpenedStore,
  locale: Locale = uiLocale,
): Promise<OpenedClient> {
  const { createClient } = await import('@eqia/sdk');
  const { nativeSha256 } = await import('@eqia/sdk/node');
  const { keyFileSigner } = await import('./keys/key-files.js');
  // The client words its errors in the language of eqia's messages.
  const client = await createClient({
    store,
    user,
    clock: ctx.now,
    signer: keyFileSigner(ctx),
    locale,
    sha256: nativeSha256,
  });
  return { client, store, profile };
}

export async function openExistingStore(ctx: CliContext, flag: string | undefined): Promise<AssessmentStore> {
  const location = await storeLocation(ctx, flag);
  const store = await openStore(location, ctx.cwd);
  if (!(await store.exists())) {
    await store.close();
    await refuseOldLayout(ctx, location);
    const fromSettings = flag === undefined && ctx.env.EQIA_STORE === undefined;
    const setting = fromSettings ? await settingDefault(ctx, 'store') : undefined;
    const from = setting ? msg.errors.storeFromSetting({ file: setting.file }) : '';
    throw new NotFoundError(msg.errors.noStore({ location: storePlace(store.location), from }));
  }
  return store;
}

/** A store in the file layout of eqia's first releases is moved into SQLite once, on purpose. */
export async function refuseOldLayout(ctx: CliContext, location: string): Promise<void> {
  if (isPostgresUrl(location)) return;
  const { isFileLayout } = await import('@eqia/sdk/file-layout');
  const directory = resolve(ctx.cwd, location);
  if (!isFileLayout(directory)) return;
  throw new UnsupportedVersionError(
    msg.oldFileStore({
      directory,
      command: `eqia migrate-store${location === '.eqia' ? '' : ` --store ${location}`}`,
      database: join(directory, DATABASE_NAME),
    }),
    0,
    [],
  );
}

/** Who is acting: --user, else EQIA_USER, else the `user` setting (read only when neither is given). */
export async function chosenUser(
  ctx: CliContext,
  flag: string | undefined,
): Promise<{ id: string; settingsFile?: string } | undefined> {
  const given = flag ?? ctx.env.EQIA_USER;
  if (given !== undefined) return { id: given };
  const setting = await settingDefault(ctx, 'user');
  return setting && { id: setting.value, settingsFile: setting.file };
}

async function resolveUser(
  ctx: CliContext,
  flag: string | undefined,
  profile: Frozen<Profile>,
  purpose: 'read' | 'write',
): Promise<string> {
  const known = profile.users.map((user) => user.id);
  const chosen = await chosenUser(ctx, flag);
  if (chosen !== undefined) {
    if (!known.includes(chosen.id)) {
      const from =
        chosen.settingsFile === undefined ? '' : msg.errors.userFromSetting({ file: chosen.settingsFile });
      throw new UsageError(msg.errors.unknownUser({ id: chosen.id, from, known: known.join(', ') }));
    }
    return chosen.id;
  }
  const reader = profile.users[0];
  if (purpose === 'read' && reader) return reader.id;
  throw new UsageError(msg.errors.sayWhoYouAre({ known: known.join(', ') }));
}

/** Run with a client, always closing the store afterwards, even on error. */
export async function withClient<T>(
  ctx: CliContext,
  flags: { store?: string | undefined; user?: string | undefined },
  purpose: 'read' | 'write',
  work: (opened: OpenedClient) => Promise<T>,
  locale?: Locale,
): Promise<T> {
  const opened = await openClient(ctx, flags, purpose, locale);
  try {
    return await work(opened);
  } finally {
    await opened.client.close();
  }
}

/**
 * Run with the store and its profile but no client (no schema built, no lifecycle loaded): for commands
 * that only read summaries. The store is always closed afterwards, even on error.
 */
export async function withStore<T>(
  ctx: CliContext,
  flags: { store?: string | undefined; user?: string | undefined },
  work: (opened: OpenedStore) => Promise<T>,
): Promise<T> {
  const opened = await openStoreAs(ctx, flags, 'read');
  try {
    return await work(opened);
  } finally {
    await opened.store.close();
  }
}
