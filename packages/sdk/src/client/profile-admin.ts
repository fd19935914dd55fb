import {
  type ForbiddenError,
  mayManageProfile,
  type Profile,
  type ProfileDuty,
  parseProfile,
  profileTextFields,
  recordProfileChange,
  refuse,
  type SigningKey,
  staleProfileWelsh,
  type User,
  ValidationError,
  withProfileWelshSources,
} from '@eqia/core';
import { produce } from 'immer';
import type { ClientErrorWords } from '../language/errors.js';
import { actorOf, type ClientContext, userIn } from './context.js';
import { differences } from './diff.js';
import { refuseWelshToConfirm } from './welsh-to-confirm.js';

/**
 * Changes the profile (users, roles, approval chain, rule severities): admins only, validated whole,
 * written to the store. Assessments keep the approval chain they were created with. A change that leaves
 * no admin is refused, since nobody could then undo it. `welshCurrent`: the text keys whose Welsh someone
 * has read and found still right for the English as it is after the change (see withProfileWelshSources).
 */
export async function updateProfile(
  context: ClientContext,
  recipe: (draft: Profile) => void,
  welshCurrent: readonly string[] = [],
): Promise<Profile> {
  return changeProfile(context, (user) => mayManageProfile(user, 'changeProfile'), recipe, welshCurrent);
}

/** A public key to register for the acting user (an admin may name another user). */
export interface KeyRegistration {
  publicKey: string;
  /** Defaults to the user and the start of the public key. */
  id?: string;
  user?: string;
  /** Defaults to now. */
  validFrom?: string;
  validUntil?: string;
}

/**
 * Registers a public signing key: the user's own, or anyone's by an admin. From then on that user's
 * sign-offs must be signed (with this key or another valid one of theirs).
 */
export async function registerKey(
  context: ClientContext,
  registration: KeyRegistration,
): Promise<SigningKey> {
  const owner = registration.user ?? context.userId;
  const key: SigningKey = {
    id: registration.id ?? `${owner}-${registration.publicKey.slice(0, 12)}`,
    user: owner,
    algorithm: 'Ed25519',
    publicKey: registration.publicKey,
    validFrom: registration.validFrom ?? context.clock().toISOString(),
    ...(registration.validUntil && { validUntil: registration.validUntil }),
  };
  await changeProfile(
    context,
    (user) => ownKeyOrAdmin(user, owner, 'registerKey', owner),
    (draft, words) => {
      if (!draft.users.some((candidate) => candidate.id === owner))
        throw new ValidationError(words.noUserForKey({ owner }));
      if (draft.keys.some((candidate) => candidate.id === key.id))
        throw new ValidationError(words.keyTaken({ key: key.id }));
      draft.keys.push(key);
    },
  );
  return key;
}

/**
 * Revokes a key from now on: signatures it made before stay valid, none after. Its owner or an admin
 * may; the key stays in the profile, so old signatures can still be checked against it.
 */
export async function revokeKey(
  context: ClientContext,
  keyId: string,
  { reason }: { reason?: string } = {},
): Promise<SigningKey> {
  const at = context.clock().toISOString();
  const profile = await changeProfile(
    context,
    (user, current) => {
      const key = current.keys.find((candidate) => candidate.id === keyId);
      return key ? ownKeyOrAdmin(user, key.user, 'revokeKey', keyId) : undefined;
    },
    (draft, words) => {
      const key = draft.keys.find((candidate) => candidate.id === keyId);
      if (!key) throw new ValidationError(words.noKey({ key: keyId }));
      if (key.revokedAt)
        throw new ValidationError(words.keyRevokedAlready({ key: keyId, at: key.revokedAt }));
      Object.assign(
        key,
        { revokedAt: at, revokedBy: context.userId },
        reason && { revocationReason: reason },
      );
    },
  );
  return profile.keys.find((key) => key.id === keyId) as SigningKey;
}

function ownKeyOrAdmin(
  user: User,
  owner: string,
  duty: ProfileDuty,
  subject: string,
): ForbiddenError | undefined {
  if (user.id === owner) return undefined;
  return mayManageProfile(user, duty, subject) && refuse('ownKey', { actor: user.id, duty, subject, owner });
}

/**
 * One change of the profile by the acting user, once `may` allows it: validated whole, then written. The
 * recipe is given the words of the client's errors, for what it refuses.
 */
export async function changeProfile(
  context: ClientContext,
  may: (user: User, current: Profile) => ForbiddenError | undefined,
  recipe: (draft: Profile, words: ClientErrorWords) => void,
  welshCurrent: readonly string[] = [],
): Promise<Profile> {
  const current = await context.profile();
  const words = context.language.errors(current);
  const user = userIn(current, context.userId, words);
  const refusal = may(user, current);
  if (refusal) throw refusal;
  const made = produce(current, (draft) => recipe(draft, words));
  // Welsh confirmed must be there: checked before eqia records the fingerprints (not the recipe's to give).
  if (welshCurrent.length > 0) {
    const sourced = withProfileWelshSources(current, made);
    const stale = staleProfileWelsh(sourced).map((field) => field.key);
    refuseWelshToConfirm(
      welshCurrent,
      profileTextFields(sourced),
      sourced.welsh,
      stale,
      words.noProfileWelsh,
    );
  }
  const changed = parseProfile(withProfileWelshSources(current, made, new Set(welshCurrent)));
  const next = recordProfileChange(current, changed, {
    by: actorOf(user),
    at: context.clock().toISOString(),
    changed: differences({ ...current, changes: [] }, { ...changed, changes: [] }).map((d) => d.path),
  });
  if (!next.users.some((user) => user.roles.includes('admin'))) {
    throw new ValidationError(words.noAdminLeft);
  }
  await context.store.writeProfile(next);
  context.setProfile(next);
  return next;
}
