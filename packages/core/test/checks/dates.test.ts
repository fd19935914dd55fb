import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/checks/dates.js';

/** The calendar's own answer: the same day that many months on, or the month's last day if shorter. */
function plainAddMonths(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date, last));
  return first.toISOString().slice(0, 10);
}

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('addMonths', () => {
  it('is the calendar’s answer, asked once or again after many other days', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.integer({ min: -240, max: 240 })), { minLength: 70, maxLength: 140 }),
        (asked) => {
          for (const [from, months] of [...asked, ...asked])
            expect(addMonths(from, months)).toBe(plainAddMonths(from, months));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});
