import { type Teller, tellerOf } from './told.js';

// What core says of the figures a disparity analysis is asked for, in English. An area of its own, loaded
// only with the analysis (compare.ts, wilson.ts), so a page that never compares does not carry it; the
// Welsh joins core's `records` area (cy/records.ts), as the CSV area's does. Values are the numbers given.

export const englishInsightWords = {
  confidenceRange: ({ value }: { value: string }) =>
    `The confidence level must lie between 0 and 1 (such as 0.95), not ${value}.`,
  wilsonCounts: ({ count, of }: { count: string; of: string }) =>
    `A Wilson interval needs whole numbers 0 ≤ count ≤ total and total > 0, not ${count} of ${of}.`,
  thresholdWhole: ({ value }: { value: string }) =>
    `The small-count threshold must be a whole number, 0 or more, not ${value}.`,
};

export type InsightWords = typeof englishInsightWords;

/** A message of this area as data: its id and values (`told`) and its English (`message`). */
export const insightTold: Teller<InsightWords> = tellerOf(englishInsightWords);
