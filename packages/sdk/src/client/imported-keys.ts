import {
  type ExportDocument,
  type Profile,
  type SigningKey,
  signingKeyIds,
  TamperedError,
  ValidationError,
} from '@eqia/core';
import { produce } from 'immer';
import type { ClientErrorWords } from '../language/errors.js';
import type { ClientContext } from './context.js';
import { changeProfile } from './profile-admin.js';
import { failed } from './sign-off.js';
import { replayChecking } from './verify.js';

/**
 * Checks an export's sign-offs before it is stored: each signature against this store's key or the key
 * the export carries (another store's signer), each required signature present. The carried keys this
 * profile lacks are then registered as keys that check this assessment's sign-offs only: they sign
 * nothing here and oblige nobody here to sign, so a signer elsewhere who shares a user id with someone
 * here gains nothing. Throws, recording nothing, when a signature does not verify.
 */
export async function checkSignOffs(
  context: ClientContext,
  profile: Profile,
  document: ExportDocument,
): Promise<void> {
  const { id } = document.assessment;
  const words = context.language.errors(profile);
  const register = (draft: Profile) => addCarriedKeys(draft, id, usedKeys(document), words);
  const trial = produce(profile, register);
  const replay = await replayChecking(context, trial, document.events);
  if ('reason' in replay) throw new ValidationError(words.exportRefused({ reason: replay.reason }));
  const bad = replay.signatures.find(failed);
  if (bad) {
    const missing = bad.keyId !== undefined && !trial.keys.some((key) => key.id === bad.keyId);
    const told = words.exportSignOff({
      signOff: words.signOffs[bad.type],
      by: bad.by,
      at: bad.at,
      status: words.signatureStatus[bad.status],
      reason: bad.reason,
    });
    throw new TamperedError(`${told}${missing ? words.keyNotCarried : ''}`, bad.seq - 1);
  }
  if (trial !== profile) await changeProfile(context, () => undefined, register);
}

/** The carried keys that the export's sign-offs name: a key nothing signed with is not brought in. */
function usedKeys({ events, signingKeys }: ExportDocument): SigningKey[] {
  const named = signingKeyIds(events);
  return signingKeys.filter((key) => named.has(key.id));
}

function addCarriedKeys(
  draft: Profile,
  assessmentId: string,
  carried: readonly SigningKey[],
  words: ClientErrorWords,
): void {
  for (const key of carried) {
    const held = draft.keys.find((candidate) => candidate.id === key.id);
    if (!held) {
      draft.keys.push({ ...key, importedWith: [assessmentId] });
      continue;
    }
    if (held.publicKey !== key.publicKey || held.user !== key.user)
      throw new ValidationError(words.foreignKey({ key: key.id, user: key.user }));
    if (held.importedWith && !held.importedWith.includes(assessmentId)) held.importedWith.push(assessmentId);
  }
}
