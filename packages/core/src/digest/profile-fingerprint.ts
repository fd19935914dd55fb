import { canonicalJson } from '../audit/canonical-json.js';
import { sha256Hex } from '../audit/hash-chain.js';
import { checkedProfileParts } from '../checks/checked-profile.js';
import { type Frozen, schemaTyped } from '../frozen.js';
import { Profile } from '../schema/profile.js';

/**
 * The last profile hashed, by its content: a whole-store check asks once per assessment and every save
 * once, nearly always of the same profile. Its plain JSON is the key (native, a tenth of the canonical
 * form's cost); the same content in another key order only costs a fresh hash, never a wrong one. A
 * profile changed in place is hashed afresh.
 */
let last: { json: string; fingerprint: string } | undefined;

/**
 * The SHA-256 of the canonical JSON of the parts of the profile the checks read (checkedProfileParts),
 * as the schema reads them (their defaults filled in): two profiles the checks cannot tell apart share
 * it, so a signing key registered or a change logged leaves every digest's checks current; and so do a
 * profile stored before a field with a default existed and the same profile read through the schema.
 * Without that, every digest made from the stored profile (a migrated or generated store) missed the
 * client's, and `check --all` checked every snapshot.
 */
export function profileFingerprint(profile: Frozen<Profile>): string {
  const json = JSON.stringify(profile);
  if (last?.json !== json) {
    const read = Profile.safeParse(profile);
    const whole = read.success ? read.data : schemaTyped<Profile>(profile);
    const checked = Object.fromEntries(checkedProfileParts.map((part) => [part, whole[part]]));
    last = { json, fingerprint: sha256Hex(canonicalJson(checked)) };
  }
  return last.fingerprint;
}
