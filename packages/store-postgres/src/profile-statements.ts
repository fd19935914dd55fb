import type { Profile } from '@eqia/core';
import type { CallOptions, storedDocuments } from '@eqia/sdk';
import type { ServerCalls } from './server-calls.js';

/** The store's one profile row. */
export interface ProfileStatements {
  read(call?: CallOptions): Promise<Profile | undefined>;
  write(profile: Profile, call?: CallOptions): Promise<void>;
  /** The profile a new store starts with: a store that has one keeps it. */
  writeIfNone(profile: Profile, call?: CallOptions): Promise<void>;
}

export function profileStatements(
  calls: ServerCalls,
  s: string,
  documents: ReturnType<typeof storedDocuments>,
): ProfileStatements {
  return {
    async read(call) {
      const result = await calls.query<{ profile: unknown }>(
        `SELECT profile FROM ${s}.profile`,
        [],
        false,
        call?.signal,
      );
      const found = result.rows[0]?.profile;
      return found === undefined ? undefined : documents.profile(found);
    },
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
