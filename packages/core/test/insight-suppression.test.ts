import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToBaseline, suppressSmallCounts } from '../src/analysis.js';
import type { DisparitySide } from '../src/index.js';

const threshold = fc.integer({ min: 1, max: 10 });
const counts = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 8 });
const notKnown = fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined });

/** What a reader can work out from a suppressed row: the shown figures and what subtraction gives. */
function assertNothingSmallCanBeRecovered(
  shown: ReturnType<typeof suppressSmallCounts>,
  original: readonly number[],
  originalNotKnown: number | undefined,
  min: number,
) {
  const figures = [...shown.counts, shown.known, shown.notKnown, shown.total];
  for (const figure of figures) if (typeof figure === 'number') expect(figure).toBeGreaterThanOrEqual(min);
  // Shown counts are the true ones: suppression hides, it never alters.
  shown.counts.forEach((count, i) => {
    if (count !== null) expect(count).toBe(original[i]);
  });
  const hidden = original.filter((_, i) => shown.counts[i] === null);
  if (shown.known !== null) {
    // Known total minus the shown cells gives only the sum of the hidden ones: never one cell, never small.
    expect(hidden.length).not.toBe(1);
    if (hidden.length > 0) expect(hidden.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(min);
  }
  if (shown.total !== null) {
    // Total minus known gives "not known", and total minus "not known" gives known: both must be shown.
    expect(shown.known).not.toBeNull();
    if (originalNotKnown !== undefined) expect(shown.notKnown).not.toBeNull();
  }
}

describe('statistical disclosure control', () => {
  it('never shows a count below the threshold, nor lets one be recovered by subtraction', () => {
    fc.assert(
      fc.property(counts, notKnown, threshold, (row, unknown, min) => {
        assertNothingSmallCanBeRecovered(suppressSmallCounts(row, unknown, min), row, unknown, min);
      }),
      { numRuns: 500 },
    );
  });

  it('hides every figure derived from a suppressed count in a comparison, on both sides', () => {
    const groups = ['asian', 'black', 'mixed', 'white', 'other'] as const;
    const side = fc.record({
      counts: fc.tuple(...groups.map(() => fc.integer({ min: 0, max: 60 }))),
      notKnown,
    });
    fc.assert(
      fc.property(side, side, threshold, (profile, baseline, min) => {
        const toProfile = (s: typeof profile, kind: 'caseload' | 'local_population') => ({
          population: { kind, label: kind },
          characteristic: 'race',
          categorySet: 'ethnic_group',
          level: 'groups' as const,
          period: '2023-24',
          area: 'Northshire',
          counts: Object.fromEntries(groups.map((g, i) => [g, s.counts[i] ?? 0])),
          ...(s.notKnown === undefined ? {} : { notKnown: s.notKnown }),
        });
        const result = compareToBaseline(
          toProfile(profile, 'caseload'),
          toProfile(baseline, 'local_population'),
          {
            threshold: min,
          },
        );
        const check = (shownSide: DisparitySide, pick: 'profile' | 'baseline', source: typeof profile) =>
          assertNothingSmallCanBeRecovered(
            {
              counts: result.rows.map((row) => row[pick].count),
              known: shownSide.known,
              notKnown: shownSide.notKnown,
              total: shownSide.total,
            },
            source.counts,
            source.notKnown,
            min,
          );
        check(result.profile, 'profile', profile);
        check(result.baseline, 'baseline', baseline);
        for (const row of result.rows) {
          if (row.profile.suppressed) {
            expect(row.profile).toEqual({ suppressed: true, count: null, share: null, interval: null });
            expect(row.ratio).toBeNull();
            expect(row.flag).toBe('too_few_to_say');
          }
          if (row.baseline.suppressed) {
            expect(row.baseline).toEqual({ suppressed: true, count: null, share: null });
            expect(row.ratio).toBeNull();
          }
        }
        if (result.profile.notKnown === null) expect(result.profile.notKnownShare).toBeNull();
        // Shares of the shown cells, times the known total, leave the hidden sum: never small.
        if (result.profile.known !== null) {
          const shownShare = result.rows.reduce((sum, row) => sum + (row.profile.share ?? 0), 0);
          const recovered = Math.round((1 - shownShare) * result.profile.known);
          expect(recovered === 0 || recovered >= min).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('suppresses zero too, and the next smallest cell when only one is small', () => {
    expect(suppressSmallCounts([40, 3, 12, 9], 0, 5)).toEqual({
      counts: [40, null, 12, null],
      known: 64,
      notKnown: null,
      total: null,
    });
    expect(suppressSmallCounts([2, 1, 1], 30, 5)).toEqual({
      counts: [null, null, null],
      known: null,
      notKnown: 30,
      total: null,
    });
    expect(suppressSmallCounts([2, 3, 50], undefined, 5)).toEqual({
      counts: [null, null, 50],
      known: 55,
      notKnown: undefined,
      total: 55,
    });
  });
});
