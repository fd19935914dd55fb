import {
  type Frozen,
  type ItemWelsh,
  type NamedList,
  type Profile,
  profileWelshAttestation,
  profileWelshName,
  showInvisible,
} from '@eqia/core/light';
import { msg, uiLocale, uiProfile } from '../messages/ui-language.js';

/**
 * A stage or an audience of the profile as this run names it: in English as recorded; in Welsh, the
 * profile's Welsh for it (core's profileWelshName, as documents name it; marked when out of date), else
 * its English marked as English, as `show` marks an author's English. The profile is the store's unless another is given.
 * Safe to print: a control character in a name is shown, never obeyed (see terminalSafe).
 */
export function profileName(
  list: NamedList,
  item: { id: string; label: string },
  profile: Frozen<Profile> | undefined = uiProfile,
): string {
  if (uiLocale === 'en') return showInvisible(item.label);
  return showInvisible(inWelsh(profile && profileWelshName(profile, list, item), item.label));
}

/** The profile's Welsh, marked when written for English changed since, else the English marked as English. */
const inWelsh = (found: ItemWelsh | undefined, english: string): string =>
  found === undefined
    ? msg.texts.english({ text: english })
    : found.stale
      ? msg.texts.stale({ text: found.welsh })
      : found.welsh;

/** An audience of the profile by id, named as above; undefined if the profile has none by that id. */
export function audienceName(profile: Frozen<Profile>, id: string): string | undefined {
  const audience = profile.audiences.find((candidate) => candidate.id === id);
  return audience && profileName('audiences', audience, profile);
}

/**
 * What a stage's signer attests, as this run gives it (the review screen, `approve`): in English as
 * recorded; in Welsh, the profile's Welsh of it while the profile's stage still attests the same English
 * (core's profileWelshAttestation, as documents give it), else the English marked as English.
 */
export function stageAttestation(
  stage: { id: string; attestation: string },
  profile: Frozen<Profile> | undefined = uiProfile,
): string {
  if (uiLocale === 'en') return stage.attestation;
  return inWelsh(profile && profileWelshAttestation(profile, stage.id, stage.attestation), stage.attestation);
}
