import { censusCategorySets } from '../catalogue/census.js';
import { catalogue } from '../catalogue/characteristics.js';
import { ValidationError } from '../errors.js';
import { recordTold } from '../labels/record-words.js';
import type { CensusCategorySet } from '../schema/profile.js';
import type { CategoryLevel, PopulationProfile } from './dataset.js';

/** One row of a comparison: a census category, or a broad group of them. */
export interface CategoryEntry {
  id: string;
  label: string;
}

/** Find a census category set by id among the catalogue's (or the caller's, for profile extras). */
export function findCategorySet(
  id: string,
  sets: readonly CensusCategorySet[] = censusCategorySets,
): CensusCategorySet {
  const set = sets.find((candidate) => candidate.id === id);
  if (set) return set;
  const { message, told } = recordTold('noCensusSet', { id, sets: sets.map((s) => s.id).join(', ') });
  throw new ValidationError(message, [], { told });
}

/** The catalogue characteristic a census set describes (ethnic_group → race), if there is one. */
export function characteristicForSet(setId: string): string | undefined {
  return catalogue.find((characteristic) => characteristic.census.some((set) => set.id === setId))?.id;
}

/** The categories or groups of a set, in the catalogue's order. */
export function entriesAt(set: CensusCategorySet, level: CategoryLevel): CategoryEntry[] {
  if (level === 'categories') return set.categories.map(({ id, label }) => ({ id, label }));
  if (set.groups.length === 0) {
    const { message, told } = recordTold('noGroups', { set: set.id });
    throw new ValidationError(message, [], { told });
  }
  return set.groups.map(({ id, label }) => ({ id, label }));
}

/**
 * Roll a profile of fine categories up into the set's broad groups (19 ethnic groups → 5, disability
 * 4 → 2, unpaid care 6 → 2) using each category's `group`. A profile already at group level is returned.
 */
export function toGroups(profile: PopulationProfile, set: CensusCategorySet): PopulationProfile {
  if (profile.level === 'groups') return profile;
  entriesAt(set, 'groups');
  const counts: Record<string, number> = {};
  for (const group of set.groups) counts[group.id] = 0;
  for (const category of set.categories) {
    const count = profile.counts[category.id] ?? 0;
    if (!category.group) {
      throw new ValidationError(
        `The category "${category.id}" of "${set.id}" has no group, so it cannot be rolled up.`,
      );
    }
    counts[category.group] = (counts[category.group] ?? 0) + count;
  }
  return { ...profile, level: 'groups', counts };
}

/** Check that every counted id belongs to the set at the profile's level; name the strays and the valid ids. */
export function checkAgainstSet(
  profile: PopulationProfile,
  set: CensusCategorySet,
  what: 'profile' | 'baseline',
): void {
  const valid = entriesAt(set, profile.level).map((entry) => entry.id);
  const strays = Object.keys(profile.counts).filter((id) => !valid.includes(id));
  if (strays.length === 0) return;
  const { message, told } = recordTold('strayCounts', { what, level: profile.level, set: set.id });
  const stray = recordTold('strayId', { valid: valid.join(', ') });
  throw new ValidationError(
    message,
    [...strays.map((id) => ({ path: `counts.${id}`, message: stray.message, told: stray.told }))],
    { told },
  );
}
