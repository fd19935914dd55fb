import { canonicalJson } from '../audit/canonical-json.js';
import { sha256Hex } from '../audit/hash-chain.js';
import type { Profile } from '../schema/profile.js';

// Hashing a profile takes a fraction of a millisecond, but a whole-store check asks once per assessment.
const remembered = new WeakMap<Profile, string>();

/** The SHA-256 of the profile's canonical JSON: two profiles with the same content share it. */
export function profileFingerprint(profile: Profile): string {
  let fingerprint = remembered.get(profile);
  if (fingerprint === undefined) {
    fingerprint = sha256Hex(canonicalJson(profile));
    remembered.set(profile, fingerprint);
  }
  return fingerprint;
}
