import { wording } from '@eqia/core';
import { welshMessages } from '@eqia/core/cy';
import { welshAnnual } from './cy/annual.js';
import { welshAssessment } from './cy/assessment.js';
import { welshDocument } from './cy/document.js';
import { welshInsight } from './cy/insight.js';
import { welshObjectives } from './cy/objectives.js';
import { type ReportLanguage, reportLanguage } from './report-language.js';
import type { ReportWords } from './report-words.js';

/** Geiriau’r adroddiad: the report's own words in Welsh, by area. */
export const welshWords: ReportWords = {
  document: welshDocument,
  assessment: welshAssessment,
  annual: welshAnnual,
  objectives: welshObjectives,
  insight: welshInsight,
};

/** Yr adroddiad yn Gymraeg: the report in Welsh. */
export const welsh: ReportLanguage = reportLanguage(wording(welshMessages), welshWords);
