import { type Frozen, schemaTyped } from '../frozen.js';
import type { CharacteristicDefinition, Profile } from '../schema/profile.js';
import { jurisdictionOf } from './jurisdictions.js';

/** What of a profile says which characteristics it considers (the checks read no more of it). */
type CharacteristicsOf = Pick<Profile, 'jurisdiction' | 'characteristics' | 'extraCharacteristics'>;

/**
 * The characteristics an assessment under this profile must conclude: the jurisdiction's (the nine of
 * the Equality Act, or section 75's in Northern Ireland) or the profile's own set, then its extras.
 */
export function profileCharacteristics(given: Frozen<CharacteristicsOf>): CharacteristicDefinition[] {
  // It only reads: a frozen profile (what the SDK returns) passes as it is.
  const profile = schemaTyped<CharacteristicsOf>(given);
  const base = profile.characteristics ?? jurisdictionOf(profile).characteristics;
  const ids = new Set(base.map((c) => c.id));
  return [...base, ...profile.extraCharacteristics.filter((c) => !ids.has(c.id))];
}

export function findCharacteristic(
  profile: Frozen<Profile>,
  id: string,
): CharacteristicDefinition | undefined {
  return profileCharacteristics(profile).find((c) => c.id === id);
}
