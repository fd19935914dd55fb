import { assessmentDocument } from './assessment/assessment-document.js';
import type { AssessmentReportInput } from './assessment/input.js';
import { renderHtmlDocument } from './html/render-html.js';
import { renderMarkdownDocument } from './markdown/render-markdown.js';

/** One self-contained, print-ready, accessible HTML page (inline CSS, no script). */
export function renderAssessmentHtml(input: AssessmentReportInput): string {
  return renderHtmlDocument(assessmentDocument(input));
}

/** The same content as the HTML, in GitHub-flavoured Markdown. */
export function renderAssessmentMarkdown(input: AssessmentReportInput): string {
  return renderMarkdownDocument(assessmentDocument(input));
}

/** The same document as a Word file (DOCX), for a decision paper or a publication scheme. */
export async function renderAssessmentDocx(input: AssessmentReportInput): Promise<Uint8Array> {
  // Loaded on demand: the Word writer is large, and HTML and Markdown never need it.
  const { renderDocxDocument } = await import('./docx/render-docx.js');
  return renderDocxDocument(assessmentDocument(input));
}
