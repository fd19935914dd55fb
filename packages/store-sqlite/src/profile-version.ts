import { createHash } from 'node:crypto';

/**
 * The profile's version, as `readStoredProfile` gives it and an append checks it: the SHA-256 of its text
 * as kept, so it changes exactly when the profile does.
 */
export const profileVersionOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * `profileVersionOf`, hashing again only when the text is another than last time: every append checks
 * the profile's version inside its write transaction, and the profile nearly never changes. Keyed on
 * the text itself (compared by value), so a profile written by any process is hashed afresh.
 */
export function profileVersions(): (text: string) => string {
  let last: { text: string; version: string } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, version: profileVersionOf(text) };
    return last.version;
  };
}
