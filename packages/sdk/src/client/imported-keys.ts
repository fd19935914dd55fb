import {
  type ExportDocument,
  type Profile,
  type SigningKey,
  signingKeyIds,
  signOffNouns,
  TamperedError,
  ValidationError,
} from '@eqia/core';
import { produce } from 'immer';
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
  const register = (draft: Profile) => addCarriedKeys(draft, id, usedKeys(document));
  const trial = produce(profile, register);
  const replay = await replayChecking(context, trial, document.events);
  if ('reason' in replay) throw new ValidationError(`The export cannot be imported: ${replay.reason}.`);
  const bad = replay.signatures.find(failed);
  if (bad) {
    const missing = bad.keyId !== undefined && !trial.keys.some((key) => key.id === bad.keyId);
    const advice = missing
      ? " The export does not carry that key: export the assessment again with a current eqia, whose exports carry their signers' public keys."
      : '';
    throw new TamperedError(
      `The ${signOffNouns[bad.type]} by ${bad.by} at ${bad.at} in the export is ${bad.status}: ${bad.reason}. Nothing was imported.${advice}`,
      bad.seq - 1,
    );
  }
  if (trial !== profile) await changeProfile(context, () => undefined, register);
}

/** The carried keys that the export's sign-offs name: a key nothing signed with is not brought in. */
function usedKeys({ events, signingKeys }: ExportDocument): SigningKey[] {
  const named = signingKeyIds(events);
  return signingKeys.filter((key) => named.has(key.id));
}

function addCarriedKeys(draft: Profile, assessmentId: string, carried: readonly SigningKey[]): void {
  for (const key of carried) {
    const held = draft.keys.find((candidate) => candidate.id === key.id);
    if (!held) {
      draft.keys.push({ ...key, importedWith: [assessmentId] });
      continue;
    }
    if (held.publicKey !== key.publicKey || held.user !== key.user)
      throw new ValidationError(
        `The export's key ${key.id} (${key.user}) is not this store's key of that id: nothing was imported. Import it into a store that does not use that key id.`,
      );
    if (held.importedWith && !held.importedWith.includes(assessmentId)) held.importedWith.push(assessmentId);
  }
}
