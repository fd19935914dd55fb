import { englishMessages, type ReviewRow, reviewRows } from '@eqia/core';
import { reviewedWelsh, welshMessages } from '@eqia/core/cy';
import { englishWords } from './english.js';
import { welshWords } from './welsh.js';

/**
 * Every message eqia words in Welsh (core's catalogue and the report's, area by area), beside its
 * English and with whether a Welsh speaker has checked it: the list a body sends to its translators.
 * Ids are stable; record a review in core's `labels/cy/reviewed.ts`.
 */
export const welshReview = (): ReviewRow[] => [
  ...reviewRows(englishMessages, welshMessages, reviewedWelsh),
  ...Object.entries(englishWords).flatMap(([area, english]) =>
    reviewRows(english, welshWords[area as keyof typeof welshWords], reviewedWelsh, `report.${area}`),
  ),
];
