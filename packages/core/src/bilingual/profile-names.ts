import type { Frozen } from '../frozen.js';
import type { Profile, ProfileTextKey } from '../schema/profile.js';
import { englishFingerprint } from './english-fingerprint.js';

/** The profile's lists whose items readers see by name wherever a record mentions them. */
export type NamedList = 'approvalChain' | 'audiences';

/** Where the profile keeps the Welsh of one text of a list item: by the item's id, so it survives a reorder. */
export const profileItemKey = (list: string, id: string, field: string): ProfileTextKey =>
  `${list}/${id}/${field}`;

/** The profile's Welsh for a text a record gives, and whether it was written for English since changed. */
export interface ItemWelsh {
  welsh: string;
  /** Its fingerprint (`welshOf`) is not the English's: shown as out of date, as `staleProfileWelsh` finds. */
  stale: boolean;
}

/**
 * The profile's Welsh for one text of a stage or an audience, as a record gives it (an assessment keeps a
 * copy of its approval chain, an approval the attestation it confirmed): found by id, and only while the
 * profile still gives the item the same English, so a stage renamed (or reworded) since is never given
 * the Welsh of its new text. Undefined where the profile writes no Welsh for it; the caller then shows
 * the English, marked as English.
 */
function profileWelshOf(
  profile: Frozen<Profile>,
  list: NamedList,
  id: string,
  field: 'label' | 'attestation',
  english: string,
): ItemWelsh | undefined {
  const own = (profile[list] as readonly ({ id: string } & Record<string, unknown>)[]).find(
    (candidate) => candidate.id === id,
  );
  if (own?.[field] !== english) return undefined;
  const key = profileItemKey(list, id, field);
  const welsh = profile.welsh?.[key];
  if (welsh === undefined || welsh.trim() === '') return undefined;
  const source = profile.welshOf?.[key];
  return { welsh, stale: source !== undefined && source !== englishFingerprint(english) };
}

/** The profile's Welsh name for a stage or an audience, as a record names it (see profileWelshOf). */
export const profileWelshName = (
  profile: Frozen<Profile>,
  list: NamedList,
  item: { id: string; label: string },
): ItemWelsh | undefined => profileWelshOf(profile, list, item.id, 'label', item.label);

/**
 * The profile's Welsh of what a stage's signer attests, for the English a record gives (the stage's copy
 * in an assessment, or what an approval confirmed): only while the profile's stage of that id still
 * attests the same English (see profileWelshOf).
 */
export const profileWelshAttestation = (
  profile: Frozen<Profile>,
  stage: string,
  english: string,
): ItemWelsh | undefined => profileWelshOf(profile, 'approvalChain', stage, 'attestation', english);
