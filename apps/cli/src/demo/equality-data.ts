import type { EqiaClient, PayGapImport, PopulationImport } from '@eqia/sdk';

/*
 * A year of the demo organisation's equality data: its staff and the children in its new cases by
 * characteristic, the population of England at Census 2021 to compare them with, and its pay gaps.
 * Demo figures, shaped like a Cafcass-sized body's (about 2,400 staff, most of them women); the gender
 * pay gap is the published one quoted in docs (snapshot 31 March 2024). Religion counts a few staff
 * small enough to be suppressed, so the report shows suppression at work.
 */

const csv = (rows: Record<string, number>) =>
  ['category,count', ...Object.entries(rows).map(([category, count]) => `${category},${count}`)].join('\n');

const england = 'Census 2021, England (ONS)';

const baselines: Omit<PopulationImport, 'population'>[] = [
  {
    categorySet: 'ethnic_group',
    csv: csv({ asian: 5_426_392, black: 2_381_724, mixed: 1_669_378, white: 45_783_401, other: 1_229_153 }),
    label: 'Population of England',
    area: 'England',
    source: england,
  },
  {
    categorySet: 'sex',
    csv: csv({ female: 28_833_712, male: 27_656_336 }),
    label: 'Population of England',
    area: 'England',
    source: england,
  },
  {
    categorySet: 'disability',
    csv: csv({ disabled: 9_774_510, not_disabled: 46_715_538 }),
    label: 'Population of England',
    area: 'England',
    source: england,
  },
  {
    categorySet: 'religion',
    csv: csv({
      no_religion: 20_715_664,
      christian: 26_167_899,
      buddhist: 262_433,
      hindu: 983_750,
      jewish: 269_283,
      muslim: 3_801_186,
      sikh: 520_092,
      other_religion: 332_051,
      not_known: 3_437_690,
    }),
    label: 'Population of England',
    area: 'England',
    source: england,
  },
];

const workforceCounts: { categorySet: string; rows: Record<string, number> }[] = [
  {
    categorySet: 'ethnic_group',
    rows: { asian: 118, black: 254, mixed: 71, white: 1_842, other: 27, not_known: 88 },
  },
  { categorySet: 'sex', rows: { female: 1_944, male: 456 } },
  { categorySet: 'disability', rows: { disabled: 312, not_disabled: 1_870, not_known: 218 } },
  {
    categorySet: 'religion',
    rows: {
      no_religion: 1_010,
      christian: 1_002,
      buddhist: 9,
      hindu: 31,
      jewish: 4,
      muslim: 78,
      sikh: 3,
      other_religion: 24,
      not_known: 239,
    },
  },
];

const workforce = (period: string): Omit<PopulationImport, 'population'>[] =>
  workforceCounts.map(({ categorySet, rows }) => ({
    categorySet,
    csv: csv(rows),
    period,
    label: 'Staff',
    source: 'HR system, headcount on 31 March (demo figures)',
  }));

const caseload = (period: string): Omit<PopulationImport, 'population'>[] => [
  {
    categorySet: 'ethnic_group',
    csv: csv({ asian: 4_210, black: 2_915, mixed: 3_960, white: 29_480, other: 1_145, not_known: 2_290 }),
    period,
    label: 'Children in new cases',
    source: 'Case management system (demo figures)',
  },
  {
    categorySet: 'disability',
    csv: csv({ disabled: 3_870, not_disabled: 33_420, not_known: 6_710 }),
    period,
    label: 'Children in new cases',
    source: 'Case management system (demo figures)',
  },
];

const payGapCsv = (values: Record<string, number>) =>
  ['measure,value', ...Object.entries(values).map(([measure, value]) => `${measure},${value}`)].join('\n');

const quartiles = (reference: string, comparison: string, shares: readonly number[]) =>
  Object.fromEntries(
    ['lower', 'lower_middle', 'upper_middle', 'upper'].flatMap((quartile, i) => [
      [`${quartile}_quartile_${reference}`, shares[i] ?? 0],
      [`${quartile}_quartile_${comparison}`, Math.round((100 - (shares[i] ?? 0)) * 10) / 10],
    ]),
  );

const payGaps = (period: string, snapshotDate: string): Omit<PayGapImport, 'name'>[] => [
  {
    dimension: 'sex',
    period,
    snapshotDate,
    csv: payGapCsv({
      mean_hourly_gap: -0.2,
      median_hourly_gap: 0,
      mean_bonus_gap: -18.6,
      median_bonus_gap: 0,
      bonus_paid_men: 3.4,
      bonus_paid_women: 6.5,
      ...quartiles('men', 'women', [16.4, 11.5, 12.6, 15.8]),
    }),
    narrative:
      'Most of our staff are women, at every grade, and pay is set by pay band with annual progression, so there is almost no gap. Men are a slightly larger share of the lower and upper quartiles.',
    source: 'Payroll snapshot (demo)',
  },
  {
    dimension: 'ethnicity',
    period,
    snapshotDate,
    csv: payGapCsv({
      mean_hourly_gap: 3.1,
      median_hourly_gap: 2.4,
      mean_bonus_gap: -5.2,
      median_bonus_gap: 0,
      bonus_paid_white: 4.9,
      bonus_paid_ethnic_minority: 5.6,
      ...quartiles('white', 'ethnic_minority', [78.2, 79.5, 83.1, 87.6]),
    }),
    narrative:
      'Staff from ethnic minorities are fewer in the upper quartile. Objective 3 (People, culture and environment) reviews selection for senior roles.',
    source: 'Payroll snapshot (demo), voluntary',
  },
  {
    dimension: 'disability',
    period,
    snapshotDate,
    csv: payGapCsv({
      mean_hourly_gap: 1.8,
      median_hourly_gap: 1.1,
      bonus_paid_not_disabled: 5,
      bonus_paid_disabled: 4.1,
      ...quartiles('not_disabled', 'disabled', [84, 85.2, 86.9, 88.3]),
    }),
    narrative: 'A small gap; disability is not known for one in eleven staff.',
    source: 'Payroll snapshot (demo), voluntary',
  },
];

/** The financial year (April to March) that ended last before `now`: "2025-26". */
export function lastFinancialYear(now: Date): { period: string; from: string; to: string } {
  const year = now.getUTCMonth() >= 3 ? now.getUTCFullYear() - 1 : now.getUTCFullYear() - 2;
  return {
    period: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
    from: `${year}-04-01`,
    to: `${year + 1}-03-31`,
  };
}

/** Import the census baselines, then the last financial year's staff, caseload and pay gap figures. */
export async function seedEqualityData(client: EqiaClient, now: Date): Promise<void> {
  const { period, from } = lastFinancialYear(now);
  for (const baseline of baselines)
    await client.data.importPopulation({ population: 'baseline', ...baseline });
  for (const profile of workforce(period))
    await client.data.importPopulation({ population: 'workforce', ...profile });
  for (const profile of caseload(period))
    await client.data.importPopulation({ population: 'caseload', ...profile });
  const snapshotDate = `${Number(from.slice(0, 4))}-03-31`;
  for (const gap of payGaps(period, snapshotDate)) await client.data.importPayGap(gap);
}
