import { englishMessages, type ReviewRow, reviewRows } from '@eqia/core';
import { reviewedWelsh, welshMessages } from '@eqia/core/cy';
import { welshAssessment } from './cy/assessment.js';
import { welshDocument } from './cy/document.js';
import { englishAssessment } from './en/assessment.js';
import { englishDocument } from './en/document.js';

/**
 * Every message eqia words in Welsh (core's catalogue and the report's), beside its English and with
 * whether a Welsh speaker has checked it: the list a body sends to its translators. Ids are stable;
 * record a review in core's `labels/cy/reviewed.ts`.
 */
export const welshReview = (): ReviewRow[] => [
  ...reviewRows(englishMessages, welshMessages, reviewedWelsh),
  ...reviewRows(englishDocument, welshDocument, reviewedWelsh, 'report.document'),
  ...reviewRows(englishAssessment, welshAssessment, reviewedWelsh, 'report.assessment'),
];
