import {
  formatCount,
  formatShare,
  label,
  type OrganisationData,
  type OrganisationProfile,
  type PayGapData,
  payGapGroups,
  payQuartiles,
  reportedPopulations,
} from '@eqia/core';
import { formatDate } from '../dates.js';
import { type Block, cell, paragraph, type Section, section } from '../document/blocks.js';
import type { EngagementGroup } from './engagement.js';
import type { WhatNext } from './what-next.js';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const percent = (value: number) => `${value.toFixed(1)}%`;
const shown = (count: number | null) => (count === null ? 'Suppressed' : formatCount(count));

/** "Ethnic group (19 categories in 5 groups)" → "ethnic group". */
const setPhrase = (label: string) => (label.split(' (')[0] ?? label).toLowerCase();

/** A profile without a baseline to compare with: its counts and shares, suppressed as published. */
function profileTable(profile: OrganisationProfile): Block {
  return {
    kind: 'table',
    caption: `${profile.label} by ${setPhrase(profile.categorySet.label)} (${profile.area}, ${profile.period})`,
    columns: ['Group', 'People', 'Share of those known'],
    rows: [
      ...profile.rows.map((row) => [
        cell(row.label),
        cell(shown(row.count), row.count === null ? 'muted' : undefined),
        cell(row.share === null ? '—' : formatShare(row.share)),
      ]),
      ...(profile.notKnown === undefined
        ? []
        : [[cell('Not known'), cell(shown(profile.notKnown)), cell('—')]]),
      [cell('Total'), cell(shown(profile.total)), cell('—')],
    ],
    rowHeaders: true,
    empty: 'No counts.',
  };
}

function populationSection(
  population: (typeof reportedPopulations)[number],
  profiles: OrganisationProfile[],
) {
  const heading = label('reportedPopulation', population);
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
        : section(`${population}-${profile.categorySet.id}`, `By ${setPhrase(profile.categorySet.label)}`, [
            profileTable(profile),
          ]),
    ),
  );
}

/** The workforce and caseload profiles, each compared with the census baseline of its set. */
export function profilesSection(data: OrganisationData): Section {
  if (data.period === undefined || data.profiles.length === 0)
    return section('profiles', 'Workforce and caseload', [
      paragraph('No workforce or caseload data were recorded for the period (`eqia data import`).'),
    ]);
  const threshold = data.profiles[0]?.threshold ?? 0;
  return section('profiles', 'Workforce and caseload', [
    paragraph(
      `Who works for us and who we work with in ${data.period}, by characteristic, compared with the population at the census. Shares are of those whose answer is known; a group is over- or under-represented when the census share lies outside the confidence interval around ours. Counts fewer than ${threshold} are suppressed, with the cells that would let someone work them out.`,
    ),
    ...reportedPopulations.flatMap((population) => {
      const profiles = data.profiles.filter((profile) => profile.population === population);
      return profiles.length ? [populationSection(population, profiles)] : [];
    }),
  ]);
}

function payGapBlocks(gap: PayGapData): Block[] {
  const { reference, comparison } = payGapGroups[gap.dimension];
  const [a, b] = [label('payGapGroup', reference), label('payGapGroup', comparison)];
  const bonus = (value: number | undefined) => (value === undefined ? 'No bonuses paid' : percent(value));
  return [
    {
      kind: 'table',
      caption: `${label('payGapDimension', gap.dimension)}, snapshot ${formatDate(gap.snapshotDate)}`,
      columns: ['Measure', 'Mean', 'Median'],
      rows: [
        [cell('Hourly pay gap'), cell(percent(gap.meanHourlyGap)), cell(percent(gap.medianHourlyGap))],
        [cell('Bonus pay gap'), cell(bonus(gap.meanBonusGap)), cell(bonus(gap.medianBonusGap))],
      ],
      rowHeaders: true,
      empty: 'No figures.',
    },
    {
      kind: 'table',
      caption: `${label('payGapDimension', gap.dimension)}: who is paid a bonus, and each quartile of hourly pay`,
      columns: ['Share of each group', a, b],
      rows: [
        [
          cell('Paid a bonus'),
          cell(percent(gap.bonusPaid.reference)),
          cell(percent(gap.bonusPaid.comparison)),
        ],
        ...payQuartiles.map((quartile) => [
          cell(label('payQuartile', quartile)),
          cell(percent(gap.quartiles[quartile].reference)),
          cell(percent(gap.quartiles[quartile].comparison)),
        ]),
      ],
      rowHeaders: true,
      empty: 'No figures.',
    },
    ...(gap.narrative ? [paragraph(gap.narrative)] : []),
  ];
}

/** The pay gaps as the Gender Pay Gap Information Regulations 2017 report them, and any voluntary ones. */
export function payGapSection(data: OrganisationData): Section {
  if (data.payGaps.length === 0)
    return section('pay-gaps', 'Pay gaps', [paragraph('No pay gap figures were recorded for the period.')]);
  return section('pay-gaps', 'Pay gaps', [
    paragraph(
      'Gaps are the difference between the reference group’s pay and the other group’s, as a percentage of the reference group’s (men, white staff, staff without a disability): a negative gap means the other group is paid more. The quartiles divide staff into four equal groups by hourly pay, lowest first.',
    ),
    ...data.payGaps.map((gap) =>
      section(`pay-gap-${gap.dimension}`, label('payGapDimension', gap.dimension), payGapBlocks(gap)),
    ),
  ]);
}

/** Who the organisation listens to: its staff networks, boards and forums, from the profile. */
export function engagementSection(engagement: readonly EngagementGroup[]): Section {
  if (engagement.length === 0)
    return section('engagement', 'Engagement', [
      paragraph('No staff networks, boards or forums are recorded in the profile.'),
    ]);
  return section('engagement', 'Engagement', [
    paragraph('The groups we engage with on equality, who shape our objectives and assessments.'),
    ...engagement.map(({ kind, groups }) => ({
      kind: 'table' as const,
      caption: label('stakeholderKind', kind),
      columns: ['Group', 'Who they are'],
      rows: groups.map((group) => [cell(group.name), cell(group.description || '—')]),
      rowHeaders: true,
      empty: 'None.',
    })),
  ]);
}

/** The year ahead: objectives' milestones, actions and reviews that fall due in it. */
export function whatNextSection(next: WhatNext): Section {
  const items = (caption: string, list: WhatNext['milestones'], of: string): Block => ({
    kind: 'table',
    caption,
    columns: ['What', of, 'Owner', 'Due'],
    rows: list.map((item) => [
      cell(item.description),
      cell(item.of),
      cell(item.owner || 'No owner'),
      cell(formatDate(item.dueDate)),
    ]),
    rowHeaders: true,
    empty: 'Nothing falls due.',
  });
  return section('next', 'What comes next', [
    paragraph(
      `Between ${formatDate(next.period.from)} and ${formatDate(next.period.to)}: ${count(next.milestones.length, 'milestone')} of our objectives, ${count(next.actions.length, 'action')} and ${count(next.reviews.length, 'review')} of assessments fall due.`,
    ),
    items('Milestones of our objectives', next.milestones, 'Objective'),
    items('Actions', next.actions, 'Objective or assessment'),
    {
      kind: 'table',
      caption: 'Reviews of assessments',
      columns: ['Assessment', 'Review due'],
      rows: next.reviews.map((review) => [cell(review.title), cell(formatDate(review.nextReviewDate))]),
      rowHeaders: true,
      empty: 'No reviews fall due.',
    },
  ]);
}
