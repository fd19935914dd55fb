import * as z from 'zod/mini';
import { PopulationProfile } from '../insight/dataset.js';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { IsoDate, IsoDateTime, UserId } from '../schema/common.js';

/**
 * The organisation's own equality data for a period, which the publication duty asks it to show: the
 * profile of its workforce or caseload by one characteristic (a census category set), a census baseline
 * to compare them with, or its pay gap figures. Each import is kept as it came; a later import of the
 * same thing (see `dataKey`) replaces it in reports, and the earlier one stays in the store's history.
 */
export const PopulationData = z.object({
  kind: z.literal('population'),
  /** `population.kind` says whose counts: `workforce`, `caseload` or `local_population` (a baseline). */
  profile: PopulationProfile,
});

/** A pay gap compares a reference group (men, white staff, non-disabled staff) with another. */
export const PayGapDimension = z.enum(['sex', 'ethnicity', 'disability']);

/** Percentages of a group, 0 to 100. */
const Percent = z.number().check(z.minimum(0), z.maximum(100));
/** Both groups' share of one quartile or of those paid a bonus, in percent. */
export const GroupShares = z.object({ reference: Percent, comparison: Percent });

/** The quartiles of hourly pay, lowest first, as the Gender Pay Gap Information Regulations 2017 name them. */
export const PayQuartile = z.enum(['lower', 'lower_middle', 'upper_middle', 'upper']);
export const payQuartiles = PayQuartile.options;

/** The groups pay gaps compare, as CSVs name them (see `payGapGroups`). */
export const PayGapGroup = z.enum(['men', 'women', 'white', 'ethnic_minority', 'not_disabled', 'disabled']);

/** Whose profile an annual report shows: the organisation's staff and the people it works with. */
export const ReportedPopulation = z.enum(['workforce', 'caseload']);
export const reportedPopulations = ReportedPopulation.options;

/**
 * Pay gap figures as reported under the Gender Pay Gap Information Regulations 2017 (Schedule 1), from
 * a snapshot of pay (31 March in England): gaps are a percentage of the reference group's pay, so a
 * negative gap means the other group is paid more. Ethnicity and disability gaps are reported the same
 * way, voluntarily. Bonus gaps are absent when nobody was paid a bonus.
 */
export const PayGapData = z.object({
  kind: z.literal('pay_gap'),
  dimension: PayGapDimension,
  /** The reporting year the snapshot belongs to: "2025-26". */
  period: z.string().check(z.trim(), z.minLength(1, says.figuresPeriod), z.maxLength(60)),
  snapshotDate: IsoDate,
  meanHourlyGap: z.number(),
  medianHourlyGap: z.number(),
  meanBonusGap: z.optional(z.number()),
  medianBonusGap: z.optional(z.number()),
  bonusPaid: GroupShares,
  quartiles: z.object({
    lower: GroupShares,
    lower_middle: GroupShares,
    upper_middle: GroupShares,
    upper: GroupShares,
  }),
  /** What explains the gap and what the organisation will do about it. */
  narrative: z._default(z.string().check(z.maxLength(5000)), ''),
  source: z._default(z.string().check(z.maxLength(500)), ''),
});

export const EqualityData = z.discriminatedUnion('kind', [PopulationData, PayGapData]);

/** One import as a store keeps it: what was imported, when and by whom. Stores keep them in order. */
export const EqualityDataEntry = z.object({
  recordedAt: IsoDateTime,
  recordedBy: UserId,
  data: EqualityData,
});

export type PopulationData = z.infer<typeof PopulationData>;
export type PayGapDimension = z.infer<typeof PayGapDimension>;
export type GroupShares = z.infer<typeof GroupShares>;
export type PayQuartile = z.infer<typeof PayQuartile>;
export type PayGapGroup = z.infer<typeof PayGapGroup>;
export type ReportedPopulation = z.infer<typeof ReportedPopulation>;
export type PayGapData = z.infer<typeof PayGapData>;
export type EqualityData = z.infer<typeof EqualityData>;
export type EqualityDataEntry = z.infer<typeof EqualityDataEntry>;

/** The groups a pay gap compares, as the CSV names them: the reference group first. */
export const payGapGroups: Readonly<
  Record<PayGapDimension, { reference: PayGapGroup; comparison: PayGapGroup }>
> = {
  sex: { reference: 'men', comparison: 'women' },
  ethnicity: { reference: 'white', comparison: 'ethnic_minority' },
  disability: { reference: 'not_disabled', comparison: 'disabled' },
};

/**
 * What an import is of: a later import with the same key replaces the earlier one in reports.
 * `workforce/ethnic_group/2025-26`, `pay_gap/sex/2025-26`.
 */
export function dataKey(data: EqualityData): string {
  if (data.kind === 'pay_gap') return `pay_gap/${data.dimension}/${data.period}`;
  const { profile } = data;
  return `${profile.population.kind}/${profile.categorySet}/${profile.period}`;
}

/** The latest import of each key, in the order first imported: what reports read. */
export function currentData(entries: readonly EqualityDataEntry[]): EqualityDataEntry[] {
  const latest = new Map<string, EqualityDataEntry>();
  for (const entry of entries) {
    const key = dataKey(entry.data);
    // Deleting first would move a replaced key to the end; keep the first import's place instead.
    latest.set(key, entry);
  }
  return [...latest.values()];
}

/** The data of one period ("2025-26"), or of every period when none is named. */
export const dataPeriodOf = (data: EqualityData): string =>
  data.kind === 'pay_gap' ? data.period : data.profile.period;
