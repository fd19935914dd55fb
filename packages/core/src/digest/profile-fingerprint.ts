import { canonicalJson } from '../audit/canonical-json.js';
import { sha256Hex } from '../audit/hash-chain.js';
import type { Profile } from '../schema/profile.js';

/**
 * The last profile hashed, by its content: a whole-store check asks once per assessment, nearly always
 * of the same profile, and hashing costs many times what its canonical JSON does. Keyed on content, so a
 * profile changed in place is hashed afresh.
 */
let last: { json: string; fingerprint: string } | undefined;

/** The SHA-256 of the profile's canonical JSON: two profiles with the same content share it. */
export function profileFingerprint(profile: Profile): string {
  const json = canonicalJson(profile);
  if (last?.json !== json) last = { json, fingerprint: sha256Hex(json) };
  return last.fingerprint;
}
