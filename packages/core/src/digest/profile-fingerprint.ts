import { canonicalJson } from '../audit/canonical-json.js';
import { sha256Hex } from '../audit/hash-chain.js';
import type { Profile } from '../schema/profile.js';

/**
 * The last profile hashed, by its content: a whole-store check asks once per assessment and every save
 * once, nearly always of the same profile. Its plain JSON is the key (native, a tenth of the canonical
 * form's cost); the same content in another key order only costs a fresh hash, never a wrong one. A
 * profile changed in place is hashed afresh.
 */
let last: { json: string; fingerprint: string } | undefined;

/** The SHA-256 of the profile's canonical JSON: two profiles with the same content share it. */
export function profileFingerprint(profile: Profile): string {
  const json = JSON.stringify(profile);
  if (last?.json !== json) last = { json, fingerprint: sha256Hex(canonicalJson(profile)) };
  return last.fingerprint;
}
