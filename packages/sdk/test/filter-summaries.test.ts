import type { AssessmentSummary } from '@eqia/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterSummaries, isInListOrder } from '../src/light.js';

/** The order `list` has always had: most recent first, ids by localeCompare. */
const reference = (a: AssessmentSummary, b: AssessmentSummary) =>
  b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);

const summary = (id: string, updatedAt: string) => ({ id, updatedAt }) as AssessmentSummary;

const instant = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());
const text = fc.string({ unit: fc.constantFrom(...'aAbB09-._:é 1'.split('')), maxLength: 6 });

describe('filterSummaries', () => {
  it('orders exactly as localeCompare would, timestamps and ids alike', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(text, fc.constant('a')), fc.oneof(instant, text))), (pairs) => {
        const summaries = pairs.map(([id, updatedAt]) => summary(id, updatedAt));
        expect(filterSummaries(summaries).map((s) => [s.id, s.updatedAt])).toEqual(
          [...summaries].sort(reference).map((s) => [s.id, s.updatedAt]),
        );
      }),
    );
  });
});

describe('isInListOrder', () => {
  it('holds exactly when each key comes no later than the next in list order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(text, fc.constant('a')), fc.oneof(instant, text))), (pairs) => {
        const keys = pairs.map(([id, updatedAt]) => summary(id, updatedAt));
        const ordered = keys.every(
          (key, index) => index === 0 || reference(keys[index - 1] as AssessmentSummary, key) <= 0,
        );
        expect(isInListOrder(keys)).toBe(ordered);
        expect(isInListOrder(filterSummaries(keys))).toBe(true);
      }),
    );
  });
});

describe('filterSummaries on rows a store already selected and ordered', () => {
  it('keeps exactly the matching rows, in list order, whether or not every row matches', () => {
    const row = fc.tuple(
      fc.oneof(text, fc.constant('a')),
      fc.oneof(instant, text),
      fc.subarray(['age', 'disability', 'race']),
    );
    fc.assert(
      fc.property(fc.array(row), (rows) => {
        const ordered = rows
          .map(([id, updatedAt, negativeCharacteristics]) => ({
            ...summary(id, updatedAt),
            negativeCharacteristics,
          }))
          .sort(reference);
        const listed = filterSummaries(ordered, { characteristic: 'disability' });
        expect(listed).toEqual(ordered.filter((s) => s.negativeCharacteristics.includes('disability')));
        expect(filterSummaries(ordered)).not.toBe(ordered);
      }),
    );
  });
});
