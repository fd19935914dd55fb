import type { Told } from '../errors.js';
import type { Frozen } from '../frozen.js';
import { recordTold } from '../labels/record-words.js';
import type { AssessmentEvent, EventOf } from '../lifecycle/events.js';
import type { Assessment } from '../schema/assessment.js';
import type { Profile, SigningKey } from '../schema/profile.js';
import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './hash-chain.js';

// What a sign-off's signature covers and which key may make it. Pure: the Ed25519 arithmetic is the
// caller's (the SDK uses WebCrypto, a host app may sign elsewhere), so core stays free of I/O and keys.

/** The events that are sign-offs: an approval (a screening-out's too), a publication, a reaffirmation. */
export const signedEventTypes = ['approve', 'publish', 'reaffirm'] as const;
export type SignedEvent = EventOf<(typeof signedEventTypes)[number]>;

/** The ids of the keys a log's sign-offs were signed with: the keys an export carries. */
export function signingKeyIds(log: readonly { event: unknown }[]): Set<string> {
  return new Set(
    log.flatMap(({ event }) => {
      const logged = event as AssessmentEvent;
      return isSignedEvent(logged) && logged.signature ? [logged.signature.keyId] : [];
    }),
  );
}

/** What each sign-off is called in a sentence: "the approval by julie". */
export const signOffNouns = {
  approve: 'approval',
  publish: 'publication',
  reaffirm: 'reaffirmation',
} as const satisfies Record<SignedEvent['type'], string>;

export function isSignedEvent(event: AssessmentEvent): event is SignedEvent {
  return (signedEventTypes as readonly string[]).includes(event.type);
}

/**
 * The text a signature is made over: the SHA-256 of the assessment version acted on (its canonical JSON)
 * and the event itself without its signature — who, when, the stage and the attestation, as signed.
 */
export function signedContent(before: Assessment, event: SignedEvent): string {
  const { signature: _signature, ...unsigned } = event;
  return canonicalJson({
    purpose: 'eqia.sign-off/1',
    assessment: sha256Hex(canonicalJson(before)),
    event: unsigned,
  });
}

export type KeyStanding =
  | { standing: 'valid'; key: Frozen<SigningKey> }
  /** `reason` in English, `told` as data (core's `records` area) for another language. */
  | { standing: 'revoked' | 'invalid'; reason: string; told: Told; key?: Frozen<SigningKey> };

/**
 * Whether `keyId` could sign for `userId` at `at`: registered to them, in its validity, not yet revoked.
 * A key that came with an import stands only for the sign-offs of the assessments it came with.
 */
export function keyStanding(
  profile: Frozen<Profile>,
  userId: string,
  keyId: string,
  at: string,
  assessmentId?: string,
): KeyStanding {
  const key = profile.keys.find((candidate) => candidate.id === keyId);
  const when = Date.parse(at);
  if (!key) return invalid(recordTold('keyUnknown', { key: keyId }));
  if (key.user !== userId)
    return invalid(recordTold('keyOtherUser', { key: keyId, owner: key.user, user: userId }), key);
  if (key.importedWith && !(assessmentId && key.importedWith.includes(assessmentId))) {
    const assessments = key.importedWith.join(', ');
    return invalid(recordTold('keyImported', { key: keyId, assessments }), key);
  }
  if (key.revokedAt !== undefined && Date.parse(key.revokedAt) <= when) {
    const { message, told } = recordTold('keyRevoked', { key: keyId, at: key.revokedAt });
    return { standing: 'revoked', key, reason: message, told };
  }
  if (Date.parse(key.validFrom) > when)
    return invalid(recordTold('keyNotYet', { key: keyId, from: key.validFrom }), key);
  if (key.validUntil !== undefined && Date.parse(key.validUntil) <= when)
    return invalid(recordTold('keyExpired', { key: keyId, at: key.validUntil }), key);
  return { standing: 'valid', key };
}

const invalid = (
  { message, told }: { message: string; told: Told },
  key?: Frozen<SigningKey>,
): KeyStanding => ({ standing: 'invalid', reason: message, told, ...(key && { key }) });

/** The keys `userId` may sign with at `at`. */
export function validKeys(profile: Frozen<Profile>, userId: string, at: string): Frozen<SigningKey>[] {
  return profile.keys.filter((key) => keyStanding(profile, userId, key.id, at).standing === 'valid');
}

/**
 * Whether a sign-off by `userId` at `at` must be signed: always under a profile that requires it, and
 * for anyone who had registered a key by then, so that nobody can sign off unsigned in their name. Keys
 * that came with an import are another store's users' and do not count.
 */
export function signatureRequired(profile: Frozen<Profile>, userId: string, at: string): boolean {
  if (profile.signing === 'required') return true;
  const when = Date.parse(at);
  return profile.keys.some(
    (key) => key.user === userId && !key.importedWith && Date.parse(key.validFrom) <= when,
  );
}
