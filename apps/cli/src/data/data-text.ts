import {
  censusCategorySets,
  type EqualityDataEntry,
  formatCount,
  formatShare,
  label,
  type OrganisationData,
  type OrganisationProfile,
  type PayGapData,
  type Profile,
  payGapGroups,
  payQuartiles,
} from '@eqia/core';
import { personName } from '../output/person.js';

/** "Staff by ethnic group, 2025-26": what one import is of, in a line. */
export function entryTitle({ data }: EqualityDataEntry): string {
  if (data.kind === 'pay_gap') return `${label('payGapDimension', data.dimension)}, ${data.period}`;
  const { profile } = data;
  return `${profile.population.label} by ${setPhrase(profile.categorySet)}, ${profile.area}, ${profile.period}`;
}

/** "ethnic group": the census set's own name, without its count of categories. */
function setPhrase(id: string): string {
  const name = censusCategorySets.find((set) => set.id === id)?.label.replace(/ \(.*\)$/, '') ?? id;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The imports, one line each, with who imported them and when. */
export function entriesText(entries: readonly EqualityDataEntry[], profile: Profile): string {
  return entries
    .map(
      (entry) =>
        `${entryTitle(entry)}\n  imported by ${personName(profile, entry.recordedBy)} on ${entry.recordedAt.slice(0, 10)}`,
    )
    .join('\n');
}

const percent = (value: number) => `${value.toFixed(1)}%`;
const shown = (count: number | null) => (count === null ? 'suppressed' : formatCount(count));

function profileText(profile: OrganisationProfile): string {
  const comparison = profile.comparison;
  const baseline = comparison?.baseline;
  const lines = [
    `${label('reportedPopulation', profile.population)}: ${profile.label} by ${profile.categorySet.label}`,
    `  ${profile.area}, ${profile.period}; ${shown(profile.known)} known, ${profile.notKnown === undefined ? 'no "not known" recorded' : `${shown(profile.notKnown)} not known`}`,
    ...(baseline
      ? [`  compared with ${baseline.population.label} (${baseline.area}, ${baseline.period})`]
      : []),
  ];
  profile.rows.forEach((row, i) => {
    const share = row.share === null ? '' : ` ${formatShare(row.share)}`;
    const against = comparison?.rows[i];
    const base = against?.baseline.share == null ? '' : ` against ${formatShare(against.baseline.share)}`;
    const flag =
      against && against.flag !== 'in_line' && against.flag !== 'too_few_to_say'
        ? ` (${label('representationFlag', against.flag).toLowerCase()})`
        : '';
    lines.push(`    ${row.label}: ${shown(row.count)}${share}${base}${flag}`);
  });
  return lines.join('\n');
}

function payGapText(gap: PayGapData): string {
  const { reference, comparison } = payGapGroups[gap.dimension];
  const groups = `${label('payGapGroup', reference)} / ${label('payGapGroup', comparison)}`;
  const bonus = (value: number | undefined) => (value === undefined ? 'no bonuses' : percent(value));
  return [
    `${label('payGapDimension', gap.dimension)} (snapshot ${gap.snapshotDate})`,
    `  Hourly pay gap: mean ${percent(gap.meanHourlyGap)}, median ${percent(gap.medianHourlyGap)}`,
    `  Bonus gap: mean ${bonus(gap.meanBonusGap)}, median ${bonus(gap.medianBonusGap)}`,
    `  Paid a bonus (${groups}): ${percent(gap.bonusPaid.reference)} / ${percent(gap.bonusPaid.comparison)}`,
    ...payQuartiles.map(
      (quartile) =>
        `  ${label('payQuartile', quartile)} (${groups}): ${percent(gap.quartiles[quartile].reference)} / ${percent(gap.quartiles[quartile].comparison)}`,
    ),
  ].join('\n');
}

/** A period's figures as they would be published: suppressed counts, comparisons, pay gaps. */
export function figuresText(figures: OrganisationData, threshold: number): string {
  if (figures.period === undefined)
    return 'No equality data yet. Import some with `eqia data import workforce <file.csv> --set <census set> --period <period>`.';
  return [
    `Equality data for ${figures.period} (counts under ${threshold} suppressed)`,
    ...figures.profiles.map(profileText),
    ...figures.payGaps.map(payGapText),
  ].join('\n\n');
}
