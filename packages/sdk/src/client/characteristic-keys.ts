import { type Assessment, type Profile, profileCharacteristics, ValidationError } from '@eqia/core';

/** Every place a section names a characteristic, with its path: analysis keys and the lists that tag them. */
function characteristicsNamed(assessment: Assessment): { path: string; id: string }[] {
  const { analysis, evidence, engagement, intersectionality } = assessment;
  const tagged = (section: string, entries: readonly { characteristics: readonly string[] }[]) =>
    entries.flatMap((entry, index) =>
      entry.characteristics.map((id, at) => ({ path: `${section}.${index}.characteristics.${at}`, id })),
    );
  return [
    ...Object.keys(analysis).map((id) => ({ path: `analysis.${id}`, id })),
    ...tagged('evidence.items', evidence.items),
    ...tagged('evidence.gaps', evidence.gaps),
    ...tagged('engagement', engagement),
    ...intersectionality.impacts.flatMap((impact, index) =>
      impact.members.map(({ characteristic: id }, at) => ({
        path: `intersectionality.impacts.${index}.members.${at}.characteristic`,
        id,
      })),
    ),
  ];
}

/**
 * An edit may name only characteristics the profile knows, as analysis keys or as the characteristics
 * evidence, data gaps, engagement and intersections are about: a mistyped `religon` would otherwise sit
 * in the record unseen by every check. Ids the assessment named already (from an older profile) are kept.
 */
export function refuseUnknownCharacteristics(before: Assessment, after: Assessment, profile: Profile): void {
  const known = new Set(profileCharacteristics(profile).map((characteristic) => characteristic.id));
  const named = new Set(characteristicsNamed(before).map(({ id }) => id));
  const unknown = characteristicsNamed(after).filter(({ id }) => !known.has(id) && !named.has(id));
  if (unknown.length === 0) return;
  const ids = [...new Set(unknown.map(({ id }) => id))];
  throw new ValidationError(
    `The edit names characteristics this profile does not have: ${ids.join(', ')}. Nothing was recorded. Use one of: ${[...known].join(', ')}.`,
    unknown.map(({ path }) => ({ path, message: 'not a characteristic of the profile' })),
  );
}
