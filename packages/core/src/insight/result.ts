import * as z from 'zod/mini';
import { englishLabels } from '../labels/english.js';
import { CharacteristicId, Slug } from '../schema/common.js';
import { CategoryLevel, Population } from './dataset.js';

/**
 * The result of comparing a profile with a baseline. It is built already disclosure-controlled: a
 * suppressed figure is `null` here, so anything that stores, renders or summarises a result cannot leak
 * a small count.
 */
export const RepresentationFlag = z.enum([
  'over_represented',
  'under_represented',
  'in_line',
  'too_few_to_say',
]);

/** A count of people, or `null` where it is suppressed. */
const ShownCount = z.nullable(z.number().check(z.int(), z.minimum(0)));
/** A share between 0 and 1, or `null` where it is suppressed or cannot be computed. */
const ShownShare = z.nullable(z.number().check(z.minimum(0), z.maximum(1)));

export const ShareInterval = z.object({
  lower: z.number().check(z.minimum(0), z.maximum(1)),
  upper: z.number().check(z.minimum(0), z.maximum(1)),
});

/** One side of the comparison (the profile or the baseline), with its totals and completeness. */
export const DisparitySide = z.object({
  population: Population,
  period: z.string(),
  area: z.string(),
  source: z._default(z.string(), ''),
  /** People whose answer is known: the denominator of every share. */
  known: ShownCount,
  /** People whose answer is not known; absent when the source records no such answer. */
  notKnown: z.optional(ShownCount),
  total: ShownCount,
  /** Completeness: the share of the total whose answer is not known. */
  notKnownShare: ShownShare,
});

export const DisparityRow = z.object({
  /** The category or group id, and its census label. */
  id: Slug,
  label: z.string(),
  profile: z.object({
    suppressed: z.boolean(),
    count: ShownCount,
    share: ShownShare,
    /** The Wilson score interval around the profile share. */
    interval: z.nullable(ShareInterval),
  }),
  baseline: z.object({ suppressed: z.boolean(), count: ShownCount, share: ShownShare }),
  /** Profile share ÷ baseline share: above 1, more of the profile than of the baseline are in this group. */
  ratio: z.nullable(z.number().check(z.minimum(0))),
  flag: RepresentationFlag,
});

export const DisparityAnalysis = z.object({
  characteristic: CharacteristicId,
  categorySet: z.object({ id: Slug, label: z.string() }),
  level: CategoryLevel,
  /** The confidence level of the intervals, such as 0.95. */
  confidence: z.number().check(z.gt(0), z.lt(1)),
  /** Counts below this were suppressed. */
  threshold: z.number().check(z.int(), z.minimum(0)),
  profile: DisparitySide,
  baseline: DisparitySide,
  rows: z.array(DisparityRow),
});

export type RepresentationFlag = z.infer<typeof RepresentationFlag>;
export type ShareInterval = z.infer<typeof ShareInterval>;
export type DisparitySide = z.infer<typeof DisparitySide>;
export type DisparityRow = z.infer<typeof DisparityRow>;
export type DisparityAnalysis = z.infer<typeof DisparityAnalysis>;

/** How each flag reads in a table, from the labels catalogue (`label('representationFlag', flag)`). */
export const representationFlagLabels: Readonly<Record<RepresentationFlag, string>> =
  englishLabels.labels.representationFlag;
