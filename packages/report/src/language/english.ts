import { englishMessages, wording } from '@eqia/core';
import { englishAssessment } from './en/assessment.js';
import { englishDocument } from './en/document.js';
import { type ReportLanguage, reportLanguage } from './report-language.js';

/** The report in English: the default. */
export const english: ReportLanguage = reportLanguage(wording(englishMessages), {
  document: englishDocument,
  assessment: englishAssessment,
});
