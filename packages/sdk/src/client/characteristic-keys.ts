import { type Assessment, type Profile, profileCharacteristics, ValidationError } from '@eqia/core';

/**
 * An edit of the analysis may add only characteristics the profile knows: a mistyped key (`religon`)
 * would otherwise sit in the record unseen by every check. Keys already there (from an older profile)
 * are kept as they are.
 */
export function refuseUnknownCharacteristics(before: Assessment, after: Assessment, profile: Profile): void {
  const known = new Set(profileCharacteristics(profile).map((characteristic) => characteristic.id));
  const unknown = Object.keys(after.analysis).filter((key) => !known.has(key) && !(key in before.analysis));
  if (unknown.length === 0) return;
  throw new ValidationError(
    `The analysis names characteristics this profile does not have: ${unknown.join(', ')}. Use one of: ${[...known].join(', ')}.`,
    unknown.map((key) => ({ path: `analysis.${key}`, message: 'not a characteristic of the profile' })),
  );
}
