import type { IsoDate, IsoDateTime } from '../schema/common.js';

// Calendar arithmetic on YYYY-MM-DD strings. Dates compare as strings; no clock is read here.

/** The UTC calendar day of an instant. */
export function dayOf(instant: IsoDateTime): IsoDate {
  return new Date(instant).toISOString().slice(0, 10);
}

/** The same day `months` later (or earlier, if negative), clamped to the end of a shorter month. */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1, 2)}-${pad(Math.min(date, lastDay), 2)}`;
}
