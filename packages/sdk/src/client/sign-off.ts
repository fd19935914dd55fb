import {
  type Assessment,
  ForbiddenError,
  keyStanding,
  type Profile,
  recordWording,
  type SignedEvent,
  signatureRequired,
  signedContent,
  validKeys,
} from '@eqia/core';
import { fromHex, toHex } from '../signing/ed25519.js';
import type { CommandInput } from './command-runner.js';
import type { ClientContext } from './context.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Signs a sign-off with the host's signer, and refuses it when it cannot be signed as it must: with a
 * key the profile lets the acting user sign with now. Nobody can sign off as someone who has a key
 * without that key, and under a profile that requires signatures nobody signs off unsigned.
 */
export async function signSignOff<E extends SignedEvent>(
  context: ClientContext,
  { stored, user, profile, at }: CommandInput,
  event: E,
): Promise<E> {
  const message = utf8(signedContent(stored.snapshot.assessment, event));
  const made = await context.signer?.sign({ user: user.id, keys: validKeys(profile, user.id, at), message });
  const words = context.language.errors(profile);
  if (!made) {
    if (!signatureRequired(profile, user.id, at)) return event;
    throw new ForbiddenError(words.mustSign({ user: user.id, signOff: words.signOffs[event.type] }));
  }
  const standing = keyStanding(profile, user.id, made.keyId, at);
  if (standing.standing !== 'valid')
    throw new ForbiddenError(words.notSigned({ reason: recordWording(words.records, standing.told) }));
  if (!(await context.verifier.verify(standing.key.publicKey, message, made.signature)))
    throw new ForbiddenError(words.signatureMismatch({ key: made.keyId, user: user.id }));
  return { ...event, signature: { keyId: made.keyId, value: toHex(made.signature) } };
}

/** What verify says of one sign-off's signature. */
export interface SignatureCheck {
  seq: number;
  type: SignedEvent['type'];
  by: string;
  at: string;
  /** `unsigned` fails verification only when `required` (the signer had a key, or the profile requires it). */
  status: 'signed' | 'unsigned' | 'invalid' | 'revoked';
  required: boolean;
  keyId?: string;
  reason: string;
}

export function failed(check: SignatureCheck): boolean {
  return (
    check.status === 'invalid' ||
    check.status === 'revoked' ||
    (check.status === 'unsigned' && check.required)
  );
}

/** Checks a sign-off's signature against the key that was valid for its signer when it was made. */
export async function checkSignature(
  context: ClientContext,
  profile: Profile,
  seq: number,
  before: Assessment,
  event: SignedEvent,
): Promise<SignatureCheck> {
  const { type, at } = event;
  const by = event.by.id;
  const required = signatureRequired(profile, by, at);
  const base = { seq, type, by, at, required };
  const words = context.language.errors(profile);
  const { signature } = event;
  if (!signature)
    return {
      ...base,
      status: 'unsigned',
      reason: required ? words.verify.unsignedRequired({ by }) : words.verify.unsignedFree,
    };
  const standing = keyStanding(profile, by, signature.keyId, at, before.id);
  const withKey = { ...base, keyId: signature.keyId };
  if (standing.standing !== 'valid')
    return { ...withKey, status: standing.standing, reason: recordWording(words.records, standing.told) };
  const message = utf8(signedContent(before, event));
  const verifies = await context.verifier.verify(standing.key.publicKey, message, fromHex(signature.value));
  return verifies
    ? { ...withKey, status: 'signed', reason: words.verify.signedWith({ key: signature.keyId }) }
    : { ...withKey, status: 'invalid', reason: words.verify.signatureDiffers };
}
