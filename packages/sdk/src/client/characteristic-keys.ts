import {
  type Assessment,
  namedCharacteristics,
  type Profile,
  profileCharacteristics,
  recordTold,
  type SectionId,
  ValidationError,
} from '@eqia/core';

/**
 * An edit may name only characteristics the profile knows, wherever a section names one (core's
 * `namedCharacteristics`: analysis and screening keys, what evidence, data gaps, engagement and
 * intersections are about): a mistyped `religon` would otherwise sit in the record unseen by every
 * check. Ids the assessment named already (from an older profile) are kept as they are. Only the edited
 * section can name a new one, so only it is read (and the rest only when it names an unknown id).
 */
export function refuseUnknownCharacteristics(
  before: Assessment,
  after: Assessment,
  section: SectionId,
  profile: Profile,
): void {
  const known = new Set(profileCharacteristics(profile).map((characteristic) => characteristic.id));
  const strange = namedCharacteristics({ [section]: after[section] }).filter(({ id }) => !known.has(id));
  if (strange.length === 0) return;
  const named = new Set(namedCharacteristics(before).map(({ id }) => id));
  const unknown = strange.filter(({ id }) => !named.has(id));
  if (unknown.length === 0) return;
  const ids = [...new Set(unknown.map(({ id }) => id))];
  const { message, told } = recordTold('editUnknownCharacteristics', {
    ids: ids.join(', '),
    known: [...known].join(', '),
  });
  const issue = recordTold('notProfileCharacteristic');
  throw new ValidationError(
    message,
    unknown.map(({ path }) => ({ path, ...issue })),
    { told },
  );
}
