import { produce } from 'immer';
import { catalogue } from '../catalogue/characteristics.js';
import type { Frozen } from '../frozen.js';
import type { Profile, ProfileTextKey } from '../schema/profile.js';
import { englishFingerprint } from './english-fingerprint.js';
import { profileItemKey } from './profile-names.js';
import type { WelshMarks } from './texts-in-welsh.js';

/** One text of the profile that documents print, where its Welsh is kept, and its English. */
export interface ProfileTextField {
  key: ProfileTextKey;
  english: string;
}

/** A text of a profile and where it sits in it, so one list serves both reading and replacing it. */
interface Placed extends ProfileTextField {
  holder: Record<string, unknown>;
  field: string;
}

function placed(profile: Frozen<Profile>): Placed[] {
  const at = (key: string, holder: object, field: string): Placed => ({
    key,
    english: (holder as Record<string, string>)[field] ?? '',
    holder: holder as Record<string, unknown>,
    field,
  });
  const items = (list: string, entries: readonly { id: string }[], ...fields: string[]) =>
    entries.flatMap((entry) =>
      fields.map((field) => at(profileItemKey(list, entry.id, field), entry, field)),
    );
  return [
    at('organisation', profile, 'organisation'),
    at('publishing/contact', profile.publishing, 'contact'),
    at('publishing/alternativeFormats', profile.publishing, 'alternativeFormats'),
    ...items('audiences', profile.audiences, 'label'),
    ...items('stakeholders', profile.stakeholders, 'name', 'description'),
    ...items('approvalChain', profile.approvalChain, 'label', 'attestation'),
    ...items('characteristics', profile.characteristics ?? [], 'label'),
    ...items('extraCharacteristics', profile.extraCharacteristics, 'label'),
  ];
}

/**
 * The profile's texts that documents print (its name, contact and offer of other formats, the names of
 * its audiences, stakeholder groups, approval stages and own characteristics, and what each stage's
 * signer attests), by text key: list items
 * by id, so a Welsh version stays with its item when the list is reordered.
 */
export const profileTextFields = (profile: Frozen<Profile>): ProfileTextField[] =>
  placed(profile).map(({ key, english }) => ({ key, english }));

const isBlank = (text: string | undefined) => text === undefined || text.trim() === '';

/** A characteristic of the catalogue is worded in Welsh by the catalogue, whatever the profile calls it. */
const catalogued = new Set(catalogue.map((characteristic) => characteristic.id));
const inCatalogue = (key: string) =>
  /^(extraC|c)haracteristics\//.test(key) && catalogued.has(key.split('/')[1] as string);

/** The texts with English and no Welsh: what a body publishing in Welsh must still write. */
export function missingProfileWelsh(profile: Frozen<Profile>): ProfileTextField[] {
  return profileTextFields(profile).filter(
    ({ key, english }) => !isBlank(english) && isBlank(profile.welsh?.[key]) && !inCatalogue(key),
  );
}

/**
 * The profile's texts whose Welsh was written for English that has changed since (`welshOf`): what
 * `profile show` and Welsh documents mark as out of date. Welsh with no fingerprint (written before eqia
 * kept them) counts as current, as an assessment's does.
 */
export function staleProfileWelsh(profile: Frozen<Profile>): ProfileTextField[] {
  const { welsh = {}, welshOf = {} } = profile;
  return profileTextFields(profile).filter(({ key, english }) => {
    const source = welshOf[key];
    return source !== undefined && !isBlank(welsh[key]) && source !== englishFingerprint(english);
  });
}

/**
 * The profile as a Welsh document reads it: each text its Welsh where written, else its English. The
 * English left (`untranslated`, but for the catalogue's characteristics, which the catalogue words) is
 * what the document marks as English, and the Welsh out of date (`stale`) what it says is; given `marks`
 * (a reader told in words, the CLI), both are marked in the profile returned too.
 */
export function profileInWelsh(
  profile: Frozen<Profile>,
  marks?: WelshMarks,
): { profile: Profile; untranslated: string[]; stale: string[] } {
  const untranslated: string[] = [];
  const stale: string[] = [];
  const outOfDate = new Set(staleProfileWelsh(profile).map((field) => field.key));
  const shown = produce(profile as Profile, (draft) => {
    for (const { key, english, holder, field } of placed(draft as Profile)) {
      const welsh = profile.welsh?.[key];
      if (welsh !== undefined && !isBlank(welsh)) {
        if (outOfDate.has(key)) stale.push(welsh);
        holder[field] = marks && outOfDate.has(key) ? marks.stale(welsh) : welsh;
      } else if (!isBlank(english) && !inCatalogue(key)) {
        untranslated.push(english);
        if (marks) holder[field] = marks.english(english);
      }
    }
  });
  return { profile: shown, untranslated, stale };
}
