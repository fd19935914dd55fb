import type { Frozen } from '@eqia/core';
import {
  type CensusWords,
  censusCategorySets,
  type EqualityDataEntry,
  formatCount,
  formatShare,
  type OrganisationData,
  type OrganisationProfile,
  type PayGapData,
  type Profile,
} from '@eqia/core';
import { payGapGroups, payQuartiles } from '@eqia/core/analysis';
import { uiLabel as label, msg, uiCoreMessages } from '../messages/ui-language.js';
import { personName } from '../output/person.js';

/**
 * A census set's name and a category's, in the language of this run. English keeps the data's own words
 * (a stored import holds them); another language takes core's census dictionary, by id.
 */
const censusWords = (setId: string): CensusWords | undefined => {
  const census: Readonly<Record<string, CensusWords>> | undefined = uiCoreMessages?.census;
  return census && Object.hasOwn(census, setId) ? census[setId] : undefined;
};
const setName = (setId: string, named: string) => censusWords(setId)?.label ?? named;
const categoryName = (setId: string, id: string, named: string) => {
  const set = censusWords(setId);
  return set?.categories[id] ?? set?.groups[id] ?? named;
};

/** "Staff by ethnic group, 2025-26": what one import is of, in a line. */
export function entryTitle({ data }: EqualityDataEntry): string {
  if (data.kind === 'pay_gap') return `${label('payGapDimension', data.dimension)}, ${data.period}`;
  const { profile } = data;
  return msg.data.entryTitle({
    population: profile.population.label,
    set: setPhrase(profile.categorySet),
    area: profile.area,
    period: profile.period,
  });
}

/** "ethnic group": the census set's own name, without its count of categories. */
function setPhrase(id: string): string {
  const named = censusCategorySets.find((set) => set.id === id)?.label ?? id;
  const name = setName(id, named).replace(/ \(.*\)$/, '');
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The imports, one line each, with who imported them and when. */
export function entriesText(entries: readonly EqualityDataEntry[], profile: Frozen<Profile>): string {
  return entries
    .map(
      (entry) =>
        `${entryTitle(entry)}\n  ${msg.data.importedBy({ name: personName(profile, entry.recordedBy), date: entry.recordedAt.slice(0, 10) })}`,
    )
    .join('\n');
}

const percent = (value: number) => `${value.toFixed(1)}%`;
const shown = (count: number | null) => (count === null ? msg.data.suppressed : formatCount(count));

function profileText(profile: Frozen<OrganisationProfile>): string {
  const comparison = profile.comparison;
  const baseline = comparison?.baseline;
  const set = profile.categorySet;
  const lines = [
    msg.data.profileTitle({
      population: label('reportedPopulation', profile.population),
      label: profile.label,
      set: setName(set.id, set.label),
    }),
    `  ${msg.data.known({
      area: profile.area,
      period: profile.period,
      known: shown(profile.known),
      notKnown:
        profile.notKnown === undefined
          ? msg.data.noNotKnown
          : msg.data.notKnown({ count: shown(profile.notKnown) }),
    })}`,
    ...(baseline
      ? [
          `  ${msg.data.comparedWith({ population: baseline.population.label, area: baseline.area, period: baseline.period })}`,
        ]
      : []),
  ];
  profile.rows.forEach((row, i) => {
    const share = row.share === null ? '' : ` ${formatShare(row.share)}`;
    const against = comparison?.rows[i];
    const base =
      against?.baseline.share == null ? '' : msg.data.against({ share: formatShare(against.baseline.share) });
    const flag =
      against && against.flag !== 'in_line' && against.flag !== 'too_few_to_say'
        ? ` (${label('representationFlag', against.flag).toLowerCase()})`
        : '';
    lines.push(`    ${categoryName(set.id, row.id, row.label)}: ${shown(row.count)}${share}${base}${flag}`);
  });
  return lines.join('\n');
}

function payGapText(gap: Frozen<PayGapData>): string {
  const { reference, comparison } = payGapGroups[gap.dimension];
  const groups = `${label('payGapGroup', reference)} / ${label('payGapGroup', comparison)}`;
  const bonus = (value: number | undefined) => (value === undefined ? msg.data.noBonuses : percent(value));
  return [
    msg.data.snapshot({ dimension: label('payGapDimension', gap.dimension), date: gap.snapshotDate }),
    `  ${msg.data.hourly({ mean: percent(gap.meanHourlyGap), median: percent(gap.medianHourlyGap) })}`,
    `  ${msg.data.bonus({ mean: bonus(gap.meanBonusGap), median: bonus(gap.medianBonusGap) })}`,
    `  ${msg.data.paidBonus({ groups })}: ${percent(gap.bonusPaid.reference)} / ${percent(gap.bonusPaid.comparison)}`,
    ...payQuartiles.map(
      (quartile) =>
        `  ${label('payQuartile', quartile)} (${groups}): ${percent(gap.quartiles[quartile].reference)} / ${percent(gap.quartiles[quartile].comparison)}`,
    ),
  ].join('\n');
}

/** A period's figures as they would be published: suppressed counts, comparisons, pay gaps. */
export function figuresText(figures: Frozen<OrganisationData>, threshold: number): string {
  if (figures.period === undefined) return msg.data.none;
  return [
    msg.data.figuresFor({ period: figures.period, threshold }),
    ...figures.profiles.map(profileText),
    ...figures.payGaps.map(payGapText),
  ].join('\n\n');
}
