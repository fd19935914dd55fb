import { protectedCharacteristics } from '../catalogue/characteristics.js';
import type { CharacteristicDefinition, Profile } from '../schema/profile.js';

/** The characteristics an assessment under this profile must conclude: always the nine, then the extras. */
export function profileCharacteristics(profile: Profile): CharacteristicDefinition[] {
  const nine = new Set(protectedCharacteristics.map((c) => c.id));
  return [...protectedCharacteristics, ...profile.extraCharacteristics.filter((c) => !nine.has(c.id))];
}

export function findCharacteristic(profile: Profile, id: string): CharacteristicDefinition | undefined {
  return profileCharacteristics(profile).find((c) => c.id === id);
}
