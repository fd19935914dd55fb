import { englishAnnual } from './en/annual.js';
import { englishObjectives } from './en/objectives.js';
import { assessmentEnglish } from './english-assessment.js';
import type { ReportLanguage } from './report-language.js';
import type { ReportWords } from './report-words.js';

/** The report's own words in English, by area (the shape every language follows). */
export const englishWords: ReportWords = {
  ...assessmentEnglish.words,
  annual: englishAnnual,
  objectives: englishObjectives,
};

/** The report in English, every report's words: the default. */
export const english: ReportLanguage = { ...assessmentEnglish, words: englishWords };
