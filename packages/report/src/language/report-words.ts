import type { englishAssessment } from './en/assessment.js';
import type { englishDocument } from './en/document.js';

// The English words define the shape: another language must word every message English has (a
// message missing in Welsh does not compile), and a message with values takes the same values.

export type DocumentWords = typeof englishDocument;
export type AssessmentWords = typeof englishAssessment;

/** Everything the report package words, by area. */
export interface ReportWords {
  readonly document: DocumentWords;
  readonly assessment: AssessmentWords;
}
