import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { CharacteristicId, Slug } from '../schema/common.js';

/** Whose profile this is: the people a service works with, its staff, or the community it serves. */
export const PopulationKind = z.enum(['caseload', 'workforce', 'applicants', 'local_population', 'other']);

/** Counts are either of a set's fine categories (19 ethnic groups) or of its broad groups (5). */
export const CategoryLevel = z.enum(['categories', 'groups']);

export const Population = z.object({
  kind: PopulationKind,
  /** How a reader would name it: "children in our caseload", "Leeds residents". */
  label: z.string().check(z.trim(), z.minLength(1, says.population), z.maxLength(200)),
});

/**
 * A profile of people by one characteristic: how many fall in each census category, for a named
 * population, period and area. "Not known / prefer not to say" is kept apart from the categories so
 * shares are shares of the people whose answer is known, and completeness can be reported.
 */
export const PopulationProfile = z.object({
  population: Population,
  characteristic: CharacteristicId,
  /** The id of a census category set: `ethnic_group`, `religion`, `disability`… */
  categorySet: Slug,
  level: z._default(CategoryLevel, 'categories'),
  /** "2023-24", "Census 2021". */
  period: z.string().check(z.trim(), z.minLength(1, says.countsPeriod), z.maxLength(60)),
  area: z.string().check(z.trim(), z.minLength(1, says.countsArea), z.maxLength(200)),
  source: z._default(z.string().check(z.maxLength(500)), ''),
  /** People per category id. A category left out counts as zero. */
  counts: z.record(Slug, z.number().check(z.int(), z.minimum(0))),
  /** People whose answer is not known or who preferred not to say. Leave out when the source has no
   * such answer at all (the census imputes missing answers). */
  notKnown: z.optional(z.number().check(z.int(), z.minimum(0))),
});

export type PopulationKind = z.infer<typeof PopulationKind>;
export type CategoryLevel = z.infer<typeof CategoryLevel>;
export type Population = z.infer<typeof Population>;
export type PopulationProfile = z.infer<typeof PopulationProfile>;
export type PopulationProfileInput = z.input<typeof PopulationProfile>;
