import { assessmentDocument } from './assessment/assessment-document.js';
import type { AssessmentReportInput, ReportedAssessment } from './assessment/input.js';
import { renderHtmlDocument } from './html/render-html.js';
import { assessmentEnglish } from './language/english-assessment.js';
import { type AssessmentLanguages, eachLanguage } from './language/report-language.js';
import { renderMarkdownDocument } from './markdown/render-markdown.js';

export type { ReportLanguages } from './language/report-language.js';

const documents = (input: AssessmentReportInput, languages: AssessmentLanguages) =>
  eachLanguage(languages, (lang) => assessmentDocument(input as ReportedAssessment, lang));

/** One self-contained, print-ready, accessible HTML page (inline CSS, no script). */
export function renderAssessmentHtml(
  input: AssessmentReportInput,
  languages: AssessmentLanguages = [assessmentEnglish],
): string {
  return renderHtmlDocument(...documents(input, languages));
}

/** The same content as the HTML, in GitHub-flavoured Markdown. */
export function renderAssessmentMarkdown(
  input: AssessmentReportInput,
  languages: AssessmentLanguages = [assessmentEnglish],
): string {
  return renderMarkdownDocument(...documents(input, languages));
}

/** The same document as a Word file (DOCX), for a decision paper or a publication scheme. */
export async function renderAssessmentDocx(
  input: AssessmentReportInput,
  languages: AssessmentLanguages = [assessmentEnglish],
): Promise<Uint8Array> {
  // Loaded on demand: the Word writer is large, and HTML and Markdown never need it.
  const { renderDocxDocument } = await import('./docx/render-docx.js');
  return renderDocxDocument(...documents(input, languages));
}
