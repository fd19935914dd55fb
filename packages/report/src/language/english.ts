import { englishMessages, wording } from '@eqia/core';
import { englishAnnual } from './en/annual.js';
import { englishAssessment } from './en/assessment.js';
import { englishDocument } from './en/document.js';
import { englishInsight } from './en/insight.js';
import { englishObjectives } from './en/objectives.js';
import { type ReportLanguage, reportLanguage } from './report-language.js';
import type { ReportWords } from './report-words.js';

/** The report's own words in English, by area (the shape every language follows). */
export const englishWords: ReportWords = {
  document: englishDocument,
  assessment: englishAssessment,
  annual: englishAnnual,
  objectives: englishObjectives,
  insight: englishInsight,
};

/** The report in English: the default. */
export const english: ReportLanguage = reportLanguage(wording(englishMessages), englishWords);
