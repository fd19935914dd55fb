import type { Frozen } from '@eqia/core';
import { type Assessment, PartialDate, type Profile, profileCharacteristics } from '@eqia/core';
import { msg } from '../../messages/ui-language.js';
import { uiWords } from '../../messages/ui-words.js';
import { profileName } from '../../output/profile-names.js';
import type { Choice } from '../../prompts/types.js';
import { authorText } from '../author-text.js';

/** A YYYY-MM-DD answer; empty means "not known yet". */
export const validateDate = (value: string): string | undefined =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : msg.fields.badDate;

/** A year, month or day (2021, 2021-03, 2021-03-31): evidence is often dated no more precisely. */
export const validatePartialDate = (value: string): string | undefined =>
  PartialDate.safeParse(value).success ? undefined : msg.fields.badPartialDate;

/** A new id with a readable prefix, not clashing with the ones there: ev-1, ev-2… */
export function nextId(prefix: string, existing: readonly string[]): string {
  let n = existing.length + 1;
  while (existing.includes(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

export function characteristicChoices(profile: Frozen<Profile>): Choice[] {
  const words = uiWords();
  return profileCharacteristics(profile).map((c) => ({ value: c.id, label: words.characteristic(c).label }));
}

/** A characteristic's name in the profile (its id only if the profile does not know it). */
export function characteristicName(profile: Frozen<Profile>, id: string): string {
  const found = profileCharacteristics(profile).find((c) => c.id === id);
  return found ? uiWords().characteristic(found).label : id;
}

export function audienceChoices(profile: Frozen<Profile>): Choice[] {
  return profile.audiences.map((a) => ({ value: a.id, label: profileName('audiences', a, profile) }));
}

/** Another affected group's name as the wizard shows it: in a Welsh run its Welsh, as `show` gives it. */
export const otherGroupName = (
  assessment: Frozen<Assessment>,
  group: { id: string; label: string },
): string => authorText(assessment, `policy/otherGroups/${group.id}/label`, group.label);

/** The groups the policy affects: its audiences (all of the profile's if none is chosen) and other groups. */
export function affectedGroupChoices(assessment: Frozen<Assessment>, profile: Frozen<Profile>): Choice[] {
  const { audiences, otherGroups } = assessment.policy;
  return [
    ...audienceChoices(profile).filter(
      (choice) => audiences.length === 0 || audiences.includes(choice.value),
    ),
    ...otherGroups.map((group) => ({ value: group.id, label: otherGroupName(assessment, group) })),
  ];
}

/** "Add another?" loops end on this choice. */
export const done = 'done';

/** A recipe that sets some fields of a section: `save('policy', assign({ title }), …)`. */
export const assign =
  <T extends object>(patch: Partial<T>) =>
  (draft: T): void => {
    Object.assign(draft, patch);
  };
