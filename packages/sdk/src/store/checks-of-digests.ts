import type { StoredChecks, StoredDigest } from './port.js';

/** StoredChecks from what readDigests gives for the `checks` part: a store's plain readChecks. */
export const checksOfDigests = (found: readonly StoredDigest[]): StoredChecks[] =>
  found.map(({ summary: { id, title, state, updatedAt }, digest }) =>
    digest?.checks
      ? {
          id,
          title,
          state,
          updatedAt,
          digest: { digestVersion: digest.digestVersion, checks: digest.checks },
        }
      : { id, title, state, updatedAt },
  );
