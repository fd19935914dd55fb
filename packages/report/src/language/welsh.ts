import { wording } from '@eqia/core';
import { welshMessages } from '@eqia/core/cy';
import { welshAssessment } from './cy/assessment.js';
import { welshDocument } from './cy/document.js';
import { type ReportLanguage, reportLanguage } from './report-language.js';

/** Yr adroddiad yn Gymraeg: the report in Welsh. */
export const welsh: ReportLanguage = reportLanguage(wording(welshMessages), {
  document: welshDocument,
  assessment: welshAssessment,
});
