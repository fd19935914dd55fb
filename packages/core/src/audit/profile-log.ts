import { recordTold } from '../labels/record-words.js';
import type { Actor } from '../lifecycle/events.js';
import type { Profile, ProfileChange } from '../schema/profile.js';
import { canonicalJson } from './canonical-json.js';
import { type ChainVerification, recordEvent, sha256Hex, verifyChain } from './hash-chain.js';

/** The hash of a profile's content: everything but its own change log. */
export function profileContentHash(profile: Profile): string {
  const { changes: _changes, ...content } = profile;
  return sha256Hex(canonicalJson(content));
}

/**
 * `next` with one more entry in its change log, chained onto `previous`'s: who changed it, when, which
 * fields, and the hash of what it now says. The log is always the previous one, whatever `next` carried,
 * so a replaced profile cannot bring a log of its own.
 */
export function recordProfileChange(
  previous: Profile,
  next: Profile,
  change: { by: Actor; at: string; changed: string[] },
): Profile {
  const entry = recordEvent(previous.changes.at(-1), {
    type: 'profileChange' as const,
    ...change,
    content: profileContentHash(next),
  });
  return { ...next, changes: [...previous.changes, entry as ProfileChange] };
}

/**
 * The profile's change log verifies, and its last entry's content hash is the profile as it is: a
 * profile changed outside eqia (or whose log was cut or edited) fails. A profile with no log passes.
 */
export function verifyProfileLog(profile: Profile): ChainVerification {
  const chain = verifyChain(profile.changes);
  if (!chain.ok) return chain;
  const last = profile.changes.at(-1);
  if (last && last.event.content !== profileContentHash(profile)) {
    const { message, told } = recordTold('profileOutside');
    return { ok: false, index: profile.changes.length, reason: message, told };
  }
  return chain;
}
