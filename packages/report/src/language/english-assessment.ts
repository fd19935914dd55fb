import { englishWording } from '@eqia/core';
import { englishAssessment } from './en/assessment.js';
import { englishDocument } from './en/document.js';
import { englishInsight } from './en/insight.js';
import { type AssessmentLanguage, reportLanguage } from './report-language.js';

/**
 * English for an assessment's report: the default of its renderers. A module of its own, without the
 * annual and objectives words, so a browser page that renders assessments does not carry them (see
 * docs/performance.md, code design notes).
 */
export const assessmentEnglish: AssessmentLanguage = reportLanguage(englishWording, {
  document: englishDocument,
  assessment: englishAssessment,
  insight: englishInsight,
});
