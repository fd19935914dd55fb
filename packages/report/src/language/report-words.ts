import type { englishAnnual } from './en/annual.js';
import type { englishAssessment } from './en/assessment.js';
import type { englishDocument } from './en/document.js';
import type { englishInsight } from './en/insight.js';
import type { englishObjectives } from './en/objectives.js';

// The English words define the shape: another language must word every message English has (a
// message missing in Welsh does not compile), and a message with values takes the same values.

export type DocumentWords = typeof englishDocument;
export type AssessmentWords = typeof englishAssessment;
export type AnnualWords = typeof englishAnnual;
export type ObjectivesWords = typeof englishObjectives;
export type InsightWords = typeof englishInsight;

/** Everything the report package words, by area. */
export interface ReportWords {
  readonly document: DocumentWords;
  readonly assessment: AssessmentWords;
  readonly annual: AnnualWords;
  readonly objectives: ObjectivesWords;
  readonly insight: InsightWords;
}
