import type { AssessmentSummary } from '@eqia/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterSummaries, isInListOrder } from '../src/light.js';

/** The order of SQLite (BINARY) and PostgreSQL (`COLLATE "C"`): by UTF-8 bytes, the latest time first, then ids. */
const utf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const reference = (a: AssessmentSummary, b: AssessmentSummary) =>
  utf8(b.updatedAt, a.updatedAt) || utf8(a.id, b.id);

const summary = (id: string, updatedAt: string) => ({ id, updatedAt }) as AssessmentSummary;

const instant = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());
// Letters of both cases, punctuation, and characters whose UTF-16 and UTF-8 orders differ (U+FFFD, 😀).
const text = fc.string({ unit: fc.constantFrom(...'aAbB09-._:é 1', '\uFFFD', '😀'), maxLength: 6 });

describe('filterSummaries', () => {
  it('orders exactly as SQL does, by bytes, timestamps and ids alike', () => {
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
