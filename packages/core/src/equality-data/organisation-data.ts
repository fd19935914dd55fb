import { entriesAt, findCategorySet } from '../insight/categories.js';
import { compareToBaseline } from '../insight/compare.js';
import type { DisparityAnalysis } from '../insight/result.js';
import { suppressSmallCounts } from '../insight/suppression.js';
import type { CensusCategorySet } from '../schema/profile.js';
import {
  currentData,
  dataPeriodOf,
  type EqualityDataEntry,
  type PayGapData,
  type PopulationData,
  type ReportedPopulation,
  reportedPopulations,
} from './equality-data.js';

/** One row of a profile: a count and share of those whose answer is known, `null` where suppressed. */
export interface ProfileRow {
  id: string;
  label: string;
  count: number | null;
  share: number | null;
}

/** A workforce or caseload profile by one characteristic, disclosure-controlled, with its comparison. */
export interface OrganisationProfile {
  population: ReportedPopulation;
  label: string;
  period: string;
  area: string;
  source: string;
  characteristic: string;
  categorySet: { id: string; label: string };
  /** Counts below this are suppressed, with the cells that would give them back. */
  threshold: number;
  rows: ProfileRow[];
  known: number | null;
  notKnown?: number | null;
  total: number | null;
  /** With the latest census baseline imported for the same set, when there is one. */
  comparison?: DisparityAnalysis;
}

/** What a year of the organisation's equality data shows. */
export interface OrganisationData {
  /** The period the figures are for ("2025-26"), or undefined when no data are recorded. */
  period?: string;
  profiles: OrganisationProfile[];
  payGaps: PayGapData[];
}

/** The periods the data cover, latest first ("2025-26" sorts after "2024-25"). */
export function dataPeriods(entries: readonly EqualityDataEntry[]): string[] {
  const periods = new Set(
    entries.filter((entry) => !isBaseline(entry)).map((entry) => dataPeriodOf(entry.data)),
  );
  return [...periods].sort((a, b) => b.localeCompare(a));
}

/**
 * The organisation's data for one period (by default the latest): each workforce and caseload profile
 * with small counts suppressed and compared with the census baseline of its set, and the pay gaps.
 * Only the latest import of each thing counts. Nothing here reveals a count below `threshold`.
 */
export function organisationData(
  entries: readonly EqualityDataEntry[],
  options: { period?: string; threshold: number; categorySets?: readonly CensusCategorySet[] },
): OrganisationData {
  const current = currentData(entries);
  const period = options.period ?? dataPeriods(current)[0];
  if (period === undefined) return { profiles: [], payGaps: [] };
  const baselines = current.filter(isBaseline).map((entry) => (entry.data as PopulationData).profile);
  const profiles = current.flatMap(({ data }) => {
    if (data.kind !== 'population' || data.profile.period !== period) return [];
    const { profile } = data;
    const population = reportedPopulations.find((kind) => kind === profile.population.kind);
    if (!population) return [];
    const set = findCategorySet(profile.categorySet, options.categorySets);
    const entries = entriesAt(set, profile.level);
    const shown = suppressSmallCounts(
      entries.map((entry) => profile.counts[entry.id] ?? 0),
      profile.notKnown,
      options.threshold,
    );
    const baseline = baselines.findLast((candidate) => candidate.categorySet === profile.categorySet);
    const figures: OrganisationProfile = {
      population,
      label: profile.population.label,
      period: profile.period,
      area: profile.area,
      source: profile.source,
      characteristic: profile.characteristic,
      categorySet: { id: set.id, label: set.label },
      threshold: options.threshold,
      rows: entries.map((entry, i) => {
        const count = shown.counts[i] ?? null;
        return { ...entry, count, share: count !== null && shown.known ? count / shown.known : null };
      }),
      known: shown.known,
      ...(shown.notKnown === undefined ? {} : { notKnown: shown.notKnown }),
      total: shown.total,
      ...(baseline && {
        comparison: compareToBaseline(profile, baseline, {
          threshold: options.threshold,
          ...(options.categorySets && { categorySets: options.categorySets }),
        }),
      }),
    };
    return [figures];
  });
  const payGaps = current.flatMap(({ data }) =>
    data.kind === 'pay_gap' && data.period === period ? [data] : [],
  );
  const order = (kind: ReportedPopulation) => reportedPopulations.indexOf(kind);
  return {
    period,
    profiles: profiles.sort((a, b) => order(a.population) - order(b.population)),
    payGaps: payGaps.sort((a, b) => dimensionOrder(a) - dimensionOrder(b)),
  };
}

const isBaseline = (entry: EqualityDataEntry) =>
  entry.data.kind === 'population' && entry.data.profile.population.kind === 'local_population';

const dimensionOrder = (gap: PayGapData) => ['sex', 'ethnicity', 'disability'].indexOf(gap.dimension);
