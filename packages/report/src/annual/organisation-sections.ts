import {
  formatCount,
  formatShare,
  type OrganisationData,
  type OrganisationProfile,
  type PayGapData,
} from '@eqia/core';
import { payGapGroups, payQuartiles, reportedPopulations } from '@eqia/core/analysis';
import { type Block, cell, paragraph, type Section, section } from '../document/blocks.js';
import type { ReportLanguage } from '../language/report-language.js';
import type { EngagementGroup } from './engagement.js';
import type { WhatNext } from './what-next.js';

const percent = (value: number) => `${value.toFixed(1)}%`;

/** "Ethnic group (19 categories in 5 groups)" → "ethnic group". */
export const setPhrase = (label: string) => (label.split(' (')[0] ?? label).toLowerCase();

/** A profile without a baseline to compare with: its counts and shares, suppressed as published. */
function profileTable(profile: OrganisationProfile, lang: ReportLanguage): Block {
  const words = lang.words.annual.profiles;
  const shown = (count: number | null) => (count === null ? words.suppressed : formatCount(count));
  const { id: setId, label: setLabel } = profile.categorySet;
  return {
    kind: 'table',
    caption: words.caption({
      who: profile.label,
      set: setPhrase(lang.censusSetName(setId, setLabel)),
      area: profile.area,
      period: profile.period,
    }),
    columns: words.columns,
    rows: [
      ...profile.rows.map((row) => [
        cell(lang.censusCategory(setId, row.id, row.label)),
        cell(shown(row.count), row.count === null ? 'muted' : undefined),
        cell(row.share === null ? '—' : formatShare(row.share)),
      ]),
      ...(profile.notKnown === undefined
        ? []
        : [[cell(words.notKnown), cell(shown(profile.notKnown)), cell('—')]]),
      [cell(words.total), cell(shown(profile.total)), cell('—')],
    ],
    rowHeaders: true,
    empty: words.noCounts,
  };
}

function populationSection(
  population: (typeof reportedPopulations)[number],
  profiles: OrganisationProfile[],
  lang: ReportLanguage,
) {
  const heading = lang.label('reportedPopulation', population);
  return section(
    population,
    heading,
    profiles.map((profile) =>
      profile.comparison
        ? {
            kind: 'disparity' as const,
            id: `${population}-${profile.categorySet.id}`,
            analysis: profile.comparison,
          }
        : section(
            `${population}-${profile.categorySet.id}`,
            lang.words.annual.profiles.by({
              set: setPhrase(lang.censusSetName(profile.categorySet.id, profile.categorySet.label)),
            }),
            [profileTable(profile, lang)],
          ),
    ),
  );
}

/** The workforce and caseload profiles, each compared with the census baseline of its set. */
export function profilesSection(data: OrganisationData, lang: ReportLanguage): Section {
  const words = lang.words.annual.profiles;
  if (data.period === undefined || data.profiles.length === 0)
    return section('profiles', words.heading, [paragraph(words.noData)]);
  const threshold = data.profiles[0]?.threshold ?? 0;
  return section('profiles', words.heading, [
    paragraph(words.intro({ period: data.period, threshold })),
    ...reportedPopulations.flatMap((population) => {
      const profiles = data.profiles.filter((profile) => profile.population === population);
      return profiles.length ? [populationSection(population, profiles, lang)] : [];
    }),
  ]);
}

function payGapBlocks(gap: PayGapData, lang: ReportLanguage): Block[] {
  const words = lang.words.annual.payGaps;
  const { reference, comparison } = payGapGroups[gap.dimension];
  const [a, b] = [lang.label('payGapGroup', reference), lang.label('payGapGroup', comparison)];
  const bonus = (value: number | undefined) => (value === undefined ? words.noBonuses : percent(value));
  const name = lang.label('payGapDimension', gap.dimension);
  return [
    {
      kind: 'table',
      caption: words.snapshot({ gap: name, date: lang.date(gap.snapshotDate) }),
      columns: words.columns,
      rows: [
        [cell(words.hourly), cell(percent(gap.meanHourlyGap)), cell(percent(gap.medianHourlyGap))],
        [cell(words.bonus), cell(bonus(gap.meanBonusGap)), cell(bonus(gap.medianBonusGap))],
      ],
      rowHeaders: true,
      empty: words.noFigures,
    },
    {
      kind: 'table',
      caption: words.shares({ gap: name }),
      columns: [words.shareOfGroup, a, b],
      rows: [
        [
          cell(words.paidBonus),
          cell(percent(gap.bonusPaid.reference)),
          cell(percent(gap.bonusPaid.comparison)),
        ],
        ...payQuartiles.map((quartile) => [
          cell(lang.label('payQuartile', quartile)),
          cell(percent(gap.quartiles[quartile].reference)),
          cell(percent(gap.quartiles[quartile].comparison)),
        ]),
      ],
      rowHeaders: true,
      empty: words.noFigures,
    },
    ...(gap.narrative ? [paragraph(gap.narrative)] : []),
  ];
}

/** The pay gaps as the Gender Pay Gap Information Regulations 2017 report them, and any voluntary ones. */
export function payGapSection(data: OrganisationData, lang: ReportLanguage): Section {
  const words = lang.words.annual.payGaps;
  if (data.payGaps.length === 0) return section('pay-gaps', words.heading, [paragraph(words.none)]);
  return section('pay-gaps', words.heading, [
    paragraph(words.intro),
    ...data.payGaps.map((gap) =>
      section(
        `pay-gap-${gap.dimension}`,
        lang.label('payGapDimension', gap.dimension),
        payGapBlocks(gap, lang),
      ),
    ),
  ]);
}

/** Who the organisation listens to: its staff networks, boards and forums, from the profile. */
export function engagementSection(engagement: readonly EngagementGroup[], lang: ReportLanguage): Section {
  const words = lang.words.annual.engagement;
  if (engagement.length === 0) return section('engagement', words.heading, [paragraph(words.none)]);
  return section('engagement', words.heading, [
    paragraph(words.intro),
    ...engagement.map(({ kind, groups }) => ({
      kind: 'table' as const,
      caption: lang.label('stakeholderKind', kind),
      columns: words.columns,
      rows: groups.map((group) => [cell(group.name), cell(group.description || '—')]),
      rowHeaders: true,
      empty: words.empty,
    })),
  ]);
}

/** "Showing the 50 soonest, of 4,246.", when a list is not whole. */
export function shown(
  words: (counts: { shown: number; total: number }) => string,
  listed: number,
  total: number,
): Block[] {
  return listed < total ? [paragraph(words({ shown: listed, total }))] : [];
}

/** The year ahead: objectives' milestones, actions and reviews that fall due in it. */
export function whatNextSection(next: WhatNext, lang: ReportLanguage): Section {
  const words = lang.words.annual.next;
  // In Welsh, an objective's Welsh where it has it.
  const inLanguage = (english: string, welsh: string | undefined) =>
    cell(lang.locale !== 'en' && welsh ? welsh : english);
  const items = (caption: string, list: WhatNext['milestones'], of: string): Block => ({
    kind: 'table',
    caption,
    columns: [words.what, of, words.owner, words.due],
    rows: list.map((item) => [
      inLanguage(item.description, item.welsh?.description),
      inLanguage(item.of, item.welsh?.of),
      cell(item.owner || words.noOwner),
      cell(lang.date(item.dueDate)),
    ]),
    rowHeaders: true,
    empty: words.nothingDue,
  });
  return section('next', words.heading, [
    paragraph(
      words.intro({
        from: lang.date(next.period.from),
        to: lang.date(next.period.to),
        milestones: next.milestones.length,
        actions: next.actionCount,
        reviews: next.reviewCount,
      }),
    ),
    items(words.milestones, next.milestones, words.objective),
    ...shown(lang.words.annual.soonestShown, next.actions.length, next.actionCount),
    items(words.actions, next.actions, words.objectiveOrAssessment),
    ...shown(lang.words.annual.soonestShown, next.reviews.length, next.reviewCount),
    {
      kind: 'table',
      caption: words.reviews,
      columns: words.reviewColumns,
      rows: next.reviews.map((review) => [cell(review.title), cell(lang.date(review.nextReviewDate))]),
      rowHeaders: true,
      empty: words.noReviews,
    },
  ]);
}
