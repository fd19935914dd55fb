import type { Profile } from '@eqia/core';
import type { CallOptions, StoredProfile, storedDocuments } from '@eqia/sdk';
import { profileVersionSql } from './append-statement.js';
import type { ServerCalls } from './server-calls.js';

/** The store's one profile row. */
export interface ProfileStatements {
  read(call?: CallOptions): Promise<Profile | undefined>;
  /** With its version, as the append checks it (append-statement.ts). */
  readStored(call?: CallOptions): Promise<StoredProfile | undefined>;
  write(profile: Profile, call?: CallOptions): Promise<void>;
  /** The profile a new store starts with: a store that has one keeps it. */
  writeIfNone(profile: Profile, call?: CallOptions): Promise<void>;
}

export function profileStatements(
  calls: ServerCalls,
  s: string,
  documents: ReturnType<typeof storedDocuments>,
): ProfileStatements {
  const readStored = async (call?: CallOptions) => {
    const result = await calls.query<{ profile: unknown; version: string }>(
      `SELECT profile, ${profileVersionSql} AS version FROM ${s}.profile`,
      [],
      false,
      call?.signal,
    );
    const found = result.rows[0];
    return found && { profile: documents.profile(found.profile), version: found.version };
  };
  return {
    readStored,
    read: async (call) => (await readStored(call))?.profile,
    async write(profile, call) {
      await calls.query(
        `INSERT INTO ${s}.profile (profile) VALUES ($1)
         ON CONFLICT (only_one) DO UPDATE SET profile = excluded.profile, updated_at = now()`,
        [JSON.stringify(profile)],
        true,
        call?.signal,
      );
    },
    async writeIfNone(profile, call) {
      await calls.query(
        `INSERT INTO ${s}.profile (profile) VALUES ($1) ON CONFLICT DO NOTHING`,
        [JSON.stringify(profile)],
        true,
        call?.signal,
      );
    },
  };
}
