import { describe, expect, it } from 'vitest';
import { normalQuantile, wilsonInterval } from '../src/analysis.js';

/** The Wilson score interval written out from its textbook formula, with z given, as the reference. */
function reference(count: number, of: number, z: number) {
  const p = count / of;
  const centre = (p + (z * z) / (2 * of)) / (1 + (z * z) / of);
  const half = (z / (1 + (z * z) / of)) * Math.sqrt((p * (1 - p)) / of + (z * z) / (4 * of * of));
  return { lower: centre - half, upper: centre + half };
}

describe('Wilson score interval', () => {
  it('gives the known answer for 12 of 40 at 95%: about 18.1% to 45.4%', () => {
    const interval = wilsonInterval(12, 40, 0.95);
    const expected = reference(12, 40, 1.959963984540054);
    expect(interval.lower).toBeCloseTo(expected.lower, 8);
    expect(interval.upper).toBeCloseTo(expected.upper, 8);
    expect(interval.lower).toBeCloseTo(0.1806, 3);
    expect(interval.upper).toBeCloseTo(0.4546, 3);
  });

  it('stays inside 0–1 for a count of zero or all, where the textbook interval collapses', () => {
    const none = wilsonInterval(0, 10);
    expect(none.lower).toBe(0);
    expect(none.upper).toBeCloseTo(0.2775, 4);
    const all = wilsonInterval(10, 10);
    expect(all.upper).toBe(1);
    expect(all.lower).toBeCloseTo(0.7225, 4);
  });

  it('widens with the confidence level (90%, 95%, 99% z = 1.645, 1.960, 2.576)', () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
    const at90 = wilsonInterval(30, 200, 0.9);
    const at99 = wilsonInterval(30, 200, 0.99);
    expect(at90).toEqual({
      lower: expect.closeTo(reference(30, 200, 1.6448536269514722).lower, 8),
      upper: expect.closeTo(reference(30, 200, 1.6448536269514722).upper, 8),
    });
    expect(at99.upper - at99.lower).toBeGreaterThan(at90.upper - at90.lower);
  });

  it('refuses counts it cannot interpret', () => {
    expect(() => wilsonInterval(5, 0)).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: A Wilson interval needs whole numbers 0 ≤ count ≤ total and total > 0, not 5 of 0.]`,
    );
    expect(() => wilsonInterval(3, 10, 95)).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: The confidence level must lie between 0 and 1 (such as 0.95), not 95.]`,
    );
  });
});
