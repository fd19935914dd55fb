import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organisationData, parsePayGapCsv } from '../src/analysis.js';
import {
  censusCategorySets,
  type EqualityDataEntry,
  isEqiaError,
  type PopulationProfile,
} from '../src/index.js';

const details = { dimension: 'sex', period: '2025-26', snapshotDate: '2025-03-31' } as const;

const published = `measure,value
mean_hourly_gap,-0.2%
median_hourly_gap,0.0
mean_bonus_gap,-18.6
median_bonus_gap,0
bonus_paid_men,3.4
bonus_paid_women,6.5
lower_quartile_men,16.4
lower_quartile_women,83.6
lower_middle_quartile_men,11.5
lower_middle_quartile_women,88.5
upper_middle_quartile_men,12.6
upper_middle_quartile_women,87.4
upper_quartile_men,15.8
upper_quartile_women,84.2
`;

const messageOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isEqiaError(error)) return error.message;
    throw error;
  }
  throw new Error('expected an error');
};

describe('pay gap CSV', () => {
  it('reads the six measures of the 2017 regulations as published', () => {
    const gap = parsePayGapCsv(published, details);
    expect(gap).toMatchObject({
      meanHourlyGap: -0.2,
      medianHourlyGap: 0,
      meanBonusGap: -18.6,
      bonusPaid: { reference: 3.4, comparison: 6.5 },
      quartiles: { upper: { reference: 15.8, comparison: 84.2 } },
    });
  });

  it('names the line and column of every problem at once, and what is missing', () => {
    const bad = published
      .replace('bonus_paid_men,3.4', 'bonus_paid_men,lots')
      .replace('upper_quartile_women,84.2', 'upper_quartile_women,94.2')
      .replace('median_hourly_gap,0.0\n', 'median_pay_gap,1\n');
    const message = messageOf(() => parsePayGapCsv(bad, details, 'pay.csv'));
    expect(message).toContain('line 3, column measure: unknown measure "median_pay_gap"');
    expect(message).toContain('line 6, column value: "lots" is not a number');
    expect(message).toContain("line 15, column value: the upper quartile's shares");
    expect(message).toContain('missing: add a row "median_hourly_gap,<percent>"');
  });

  it('uses the groups of the dimension it compares', () => {
    const ethnicity = published.replaceAll('_men,', '_white,').replaceAll('_women,', '_ethnic_minority,');
    expect(parsePayGapCsv(ethnicity, { ...details, dimension: 'ethnicity' }).bonusPaid).toEqual({
      reference: 3.4,
      comparison: 6.5,
    });
    expect(messageOf(() => parsePayGapCsv(published, { ...details, dimension: 'disability' }))).toContain(
      'use one of mean_hourly_gap',
    );
  });
});

const ethnicGroups = censusCategorySets.find((set) => set.id === 'ethnic_group')?.groups ?? [];

function populationEntry(
  kind: 'workforce' | 'caseload' | 'local_population',
  counts: number[],
  notKnown?: number,
  period = '2025-26',
): EqualityDataEntry {
  const profile: PopulationProfile = {
    population: { kind, label: kind },
    characteristic: 'race',
    categorySet: 'ethnic_group',
    level: 'groups',
    period,
    area: 'England',
    source: '',
    counts: Object.fromEntries(ethnicGroups.map((group, i) => [group.id, counts[i] ?? 0])),
    ...(notKnown === undefined ? {} : { notKnown }),
  };
  return { recordedAt: '2026-04-01T09:00:00Z', recordedBy: 'julie', data: { kind: 'population', profile } };
}

describe('organisation data in a report', () => {
  const counts = fc.array(fc.integer({ min: 0, max: 60 }), {
    minLength: ethnicGroups.length,
    maxLength: ethnicGroups.length,
  });

  it('never shows a count under the threshold, and what is shown adds up', () => {
    fc.assert(
      fc.property(
        counts,
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        fc.integer({ min: 1, max: 10 }),
        (workforce, notKnown, threshold) => {
          const data = organisationData(
            [
              populationEntry('workforce', workforce, notKnown),
              populationEntry('local_population', [900, 80, 60, 40, 30]),
            ],
            { threshold },
          );
          const [profile] = data.profiles;
          if (!profile) throw new Error('no profile');
          const shown = [
            ...profile.rows.map((row) => row.count),
            profile.known,
            profile.notKnown,
            profile.total,
          ];
          for (const figure of shown)
            if (typeof figure === 'number') expect(figure).toBeGreaterThanOrEqual(threshold);
          const known = workforce.reduce((a, b) => a + b, 0);
          if (profile.known !== null) expect(profile.known).toBe(known);
          if (profile.total !== null) expect(profile.total).toBe(known + (notKnown ?? 0));
          // Shown counts are the true ones, and the hidden ones are never one cell the total gives back.
          const hidden = profile.rows.filter((row) => row.count === null);
          profile.rows.forEach((row, i) => {
            if (row.count !== null) expect(row.count).toBe(workforce[i]);
          });
          if (profile.known !== null) expect(hidden.length).not.toBe(1);
          // The comparison reads the same suppressed counts.
          expect(profile.comparison?.rows.map((row) => row.profile.count)).toEqual(
            profile.rows.map((row) => row.count),
          );
        },
      ),
    );
  });

  it('reports the latest import of each profile for the latest period, once', () => {
    const data = organisationData(
      [
        populationEntry('workforce', [10, 10, 10, 10, 10], undefined, '2024-25'),
        populationEntry('workforce', [100, 10, 10, 10, 10]),
        populationEntry('caseload', [100, 20, 20, 20, 20]),
        populationEntry('workforce', [200, 10, 10, 10, 10]),
      ],
      { threshold: 5 },
    );
    expect(data.period).toBe('2025-26');
    expect(data.profiles.map((profile) => [profile.population, profile.known])).toEqual([
      ['workforce', 240],
      ['caseload', 180],
    ]);
    expect(organisationData([], { threshold: 5 })).toEqual({ profiles: [], payGaps: [] });
  });
});
