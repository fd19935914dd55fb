import { ValidationError } from '../errors.js';
import { insightTold } from '../labels/insight-words.js';
import { recordTold } from '../labels/record-words.js';
import type { CensusCategorySet } from '../schema/profile.js';
import { parseWith } from '../validation.js';
import { type CategoryEntry, checkAgainstSet, entriesAt, findCategorySet, toGroups } from './categories.js';
import { type CategoryLevel, PopulationProfile, type PopulationProfileInput } from './dataset.js';
import type { DisparityAnalysis, DisparityRow, DisparitySide, RepresentationFlag } from './result.js';
import { type SuppressedCounts, suppressSmallCounts } from './suppression.js';
import { type Interval, wilsonInterval } from './wilson.js';

export interface CompareOptions {
  /** Counts below this are suppressed everywhere. Pass the organisation profile's `smallCountThreshold`. */
  threshold?: number;
  /** The confidence level of the interval around each profile share. */
  confidence?: number;
  /** Compare at the set's broad groups (rolling finer counts up) or its categories. Defaults to the
   * finest level both sides have. */
  level?: CategoryLevel;
  /** Where to find the census set; defaults to the catalogue's. */
  categorySets?: readonly CensusCategorySet[];
}

export const DEFAULT_SMALL_COUNT_THRESHOLD = 5;
export const DEFAULT_CONFIDENCE = 0.95;

/**
 * Compare a profile (caseload, workforce, applicants) with a baseline (usually the local population):
 * each group's share of those whose answer is known, the representation ratio, a Wilson interval around
 * the profile share, and a flag when the baseline share lies outside that interval. The baseline is
 * taken as exact (a census count, not a sample). Small counts are suppressed on both sides before any
 * figure is derived, so the result is safe to store and publish.
 */
export function compareToBaseline(
  profileInput: PopulationProfileInput,
  baselineInput: PopulationProfileInput,
  options: CompareOptions = {},
): DisparityAnalysis {
  const threshold = options.threshold ?? DEFAULT_SMALL_COUNT_THRESHOLD;
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  if (!Number.isInteger(threshold) || threshold < 0) {
    const { message, told } = insightTold('thresholdWhole', { value: String(threshold) });
    throw new ValidationError(message, [], { told });
  }
  if (!(confidence > 0 && confidence < 1)) {
    const { message, told } = insightTold('confidenceRange', { value: String(confidence) });
    throw new ValidationError(message, [], { told });
  }
  const profile = parseWith(PopulationProfile, profileInput, 'The profile');
  const baseline = parseWith(PopulationProfile, baselineInput, 'The baseline');
  if (profile.categorySet !== baseline.categorySet || profile.characteristic !== baseline.characteristic) {
    const { message, told } = recordTold('unlikeSides', {
      profile: profile.characteristic,
      profileSet: profile.categorySet,
      baseline: baseline.characteristic,
      baselineSet: baseline.categorySet,
    });
    throw new ValidationError(message, [], { told });
  }
  const set = findCategorySet(profile.categorySet, options.categorySets);
  checkAgainstSet(profile, set, 'profile');
  checkAgainstSet(baseline, set, 'baseline');

  const finest = profile.level === 'groups' || baseline.level === 'groups' ? 'groups' : 'categories';
  const level = options.level ?? finest;
  if (level === 'categories' && finest === 'groups') {
    const { message, told } = recordTold('groupsOnly');
    throw new ValidationError(message, [], { told });
  }
  const atLevel = (side: PopulationProfile) => (level === 'groups' ? toGroups(side, set) : side);
  const entries = entriesAt(set, level);
  const profileCounts = countsFor(atLevel(profile), entries, threshold);
  const baselineCounts = countsFor(atLevel(baseline), entries, threshold);

  return {
    characteristic: profile.characteristic,
    categorySet: { id: set.id, label: set.label },
    level,
    confidence,
    threshold,
    profile: sideOf(profile, profileCounts),
    baseline: sideOf(baseline, baselineCounts),
    rows: entries.map((entry, i) => rowOf(entry, i, profileCounts, baselineCounts, confidence)),
  };
}

function countsFor(side: PopulationProfile, entries: CategoryEntry[], threshold: number): SuppressedCounts {
  const counts = entries.map((entry) => side.counts[entry.id] ?? 0);
  return suppressSmallCounts(counts, side.notKnown, threshold);
}

function sideOf(side: PopulationProfile, counts: SuppressedCounts): DisparitySide {
  const { population, period, area, source } = side;
  const notKnownShare =
    counts.notKnown != null && counts.total != null && counts.total > 0
      ? counts.notKnown / counts.total
      : null;
  return {
    population,
    period,
    area,
    source,
    known: counts.known,
    ...(counts.notKnown === undefined ? {} : { notKnown: counts.notKnown }),
    total: counts.total,
    notKnownShare,
  };
}

function rowOf(
  entry: CategoryEntry,
  i: number,
  profile: SuppressedCounts,
  baseline: SuppressedCounts,
  confidence: number,
): DisparityRow {
  const profileCount = profile.counts[i] ?? null;
  const baselineCount = baseline.counts[i] ?? null;
  const profileShare = shareOf(profileCount, profile.known);
  const baselineShare = shareOf(baselineCount, baseline.known);
  const interval =
    profileCount !== null && profile.known ? wilsonInterval(profileCount, profile.known, confidence) : null;
  const ratio = profileShare !== null && baselineShare ? profileShare / baselineShare : null;
  return {
    id: entry.id,
    label: entry.label,
    profile: { suppressed: profileCount === null, count: profileCount, share: profileShare, interval },
    baseline: { suppressed: baselineCount === null, count: baselineCount, share: baselineShare },
    ratio,
    flag: flagOf(interval, baselineShare),
  };
}

function shareOf(count: number | null, known: number | null): number | null {
  return count !== null && known ? count / known : null;
}

/** The baseline share outside the profile's interval is a difference the counts can bear. */
function flagOf(interval: Interval | null, baselineShare: number | null): RepresentationFlag {
  if (interval === null || baselineShare === null) return 'too_few_to_say';
  if (baselineShare < interval.lower) return 'over_represented';
  if (baselineShare > interval.upper) return 'under_represented';
  return 'in_line';
}
