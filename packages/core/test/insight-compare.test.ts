import { describe, expect, it } from 'vitest';
import { compareToBaseline, toGroups, wilsonInterval } from '../src/analysis.js';
import { ethnicGroupCategories, PopulationProfile, type PopulationProfileInput } from '../src/index.js';

const caseload: PopulationProfileInput = {
  population: { kind: 'caseload', label: 'children in our caseload' },
  characteristic: 'race',
  categorySet: 'ethnic_group',
  level: 'groups',
  period: '2023-24',
  area: 'Northshire',
  counts: { asian: 12, black: 30, mixed: 14, white: 140, other: 4 },
  notKnown: 20,
};

const residents: PopulationProfileInput = {
  population: { kind: 'local_population', label: 'children living in Northshire' },
  characteristic: 'race',
  categorySet: 'ethnic_group',
  level: 'groups',
  period: 'Census 2021',
  area: 'Northshire',
  source: 'ONS Census 2021, TS021',
  counts: { asian: 1000, black: 500, mixed: 300, white: 8000, other: 200 },
};

describe('comparing a profile with its baseline', () => {
  const result = compareToBaseline(caseload, residents);
  const row = (id: string) => result.rows.find((r) => r.id === id)!;

  it('gives each share of those known, the representation ratio and the Wilson interval', () => {
    expect(result.profile).toMatchObject({ known: 200, notKnown: 20, total: 220 });
    expect(row('black').profile).toEqual({
      suppressed: false,
      count: 30,
      share: 0.15,
      interval: wilsonInterval(30, 200, 0.95),
    });
    expect(row('black').baseline).toEqual({ suppressed: false, count: 500, share: 0.05 });
    expect(row('black').ratio).toBeCloseTo(3, 10);
    expect(row('mixed').ratio).toBeCloseTo(0.07 / 0.03, 10);
    expect(row('white').ratio).toBeCloseTo(0.875, 10);
  });

  it('flags a group only when the baseline share lies outside the interval', () => {
    expect(row('black').flag).toBe('over_represented');
    expect(row('mixed').flag).toBe('over_represented');
    expect(row('white').flag).toBe('under_represented');
    // 12 of 40 is 30% with an interval of about 18%–45%: a 20% baseline is within it.
    const small = compareToBaseline(
      { ...caseload, counts: { asian: 12, black: 0, mixed: 0, white: 28, other: 0 }, notKnown: 6 },
      { ...residents, counts: { asian: 2000, black: 0, mixed: 0, white: 8000, other: 0 } },
      { threshold: 0 },
    );
    const asian = small.rows.find((r) => r.id === 'asian')!;
    expect(asian.ratio).toBeCloseTo(1.5, 10);
    expect(asian.flag).toBe('in_line');
  });

  it('reports completeness as the share of the total not known', () => {
    expect(result.profile.notKnownShare).toBeCloseTo(20 / 220, 10);
    expect(result.baseline.notKnown).toBeUndefined();
    expect(result.baseline.notKnownShare).toBeNull();
  });

  it('suppresses the small count and the next smallest, with every figure derived from them', () => {
    expect(row('other')).toMatchObject({
      profile: { suppressed: true, count: null, share: null, interval: null },
      ratio: null,
      flag: 'too_few_to_say',
    });
    expect(row('asian')).toMatchObject({
      profile: { suppressed: true, count: null, share: null, interval: null },
      ratio: null,
      flag: 'too_few_to_say',
    });
  });

  it('rolls the 19 ethnic groups up into the 5 broad groups', () => {
    const fine: PopulationProfileInput = {
      ...caseload,
      level: 'categories',
      counts: {
        indian: 5,
        pakistani: 7,
        african: 20,
        caribbean: 10,
        white_and_asian: 14,
        white_british: 120,
        irish: 20,
        arab: 4,
      },
    };
    expect(toGroups(PopulationProfile.parse(fine), ethnicGroupCategories).counts).toEqual(caseload.counts);
    const rolled = compareToBaseline(fine, residents);
    expect(rolled.level).toBe('groups');
    expect(rolled.rows.map((r) => r.profile.count)).toEqual(result.rows.map((r) => r.profile.count));
  });

  it('refuses to compare unlike sets or to split groups into categories', () => {
    expect(() =>
      compareToBaseline(caseload, {
        ...residents,
        categorySet: 'religion',
        characteristic: 'religion_belief',
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: The profile counts race by "ethnic_group" but the baseline counts religion_belief by "religion": compare like with like.]`,
    );
    expect(() =>
      compareToBaseline(caseload, residents, { level: 'categories' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: One side counts broad groups only, so the comparison cannot be by category: compare with \`level: "groups"\`.]`,
    );
    expect(() =>
      compareToBaseline({ ...caseload, counts: { asian: 3, gypsy: 2 } }, residents),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: The profile counts groups that "ethnic_group" does not have:
        - counts.gypsy: unknown; use one of: asian, black, mixed, white, other]
    `);
  });
});
