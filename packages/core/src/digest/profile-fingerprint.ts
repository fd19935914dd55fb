import { canonicalJson } from '../audit/canonical-json.js';
import { sha256Hex } from '../audit/hash-chain.js';
import { Profile } from '../schema/profile.js';

/**
 * The last profile hashed, by its content: a whole-store check asks once per assessment and every save
 * once, nearly always of the same profile. Its plain JSON is the key (native, a tenth of the canonical
 * form's cost); the same content in another key order only costs a fresh hash, never a wrong one. A
 * profile changed in place is hashed afresh.
 */
let last: { json: string; fingerprint: string } | undefined;

/**
 * The SHA-256 of the profile's canonical JSON as the schema reads it (its defaults filled in): two
 * profiles with the same content share it, and so do a profile stored before a field with a default
 * existed and the same profile read through the schema. Without that, every digest made from the stored
 * profile (a migrated or generated store) missed the client's, and `check --all` checked every snapshot.
 */
export function profileFingerprint(profile: Profile): string {
  const json = JSON.stringify(profile);
  if (last?.json !== json) {
    const read = Profile.safeParse(profile);
    last = { json, fingerprint: sha256Hex(canonicalJson(read.success ? read.data : profile)) };
  }
  return last.fingerprint;
}
