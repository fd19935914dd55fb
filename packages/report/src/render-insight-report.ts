import { type Frozen, schemaTyped } from '@eqia/core';
import { renderHtmlDocument } from './html/render-html.js';
import { type InsightReportInput, insightDocument } from './insight/insight-document.js';
import { english } from './language/english.js';
import { eachLanguage, type ReportLanguages } from './language/report-language.js';
import { renderMarkdownDocument } from './markdown/render-markdown.js';

// Renderers only read: a frozen input (what the SDK returns) passes to them as it is.
const documents = (input: Frozen<InsightReportInput>, languages: ReportLanguages) =>
  eachLanguage(languages, (lang) => insightDocument(schemaTyped<InsightReportInput>(input), lang));

/** A disparity analysis as a page of its own: the findings in words, the table, the chart. */
export function renderInsightReportHtml(
  input: Frozen<InsightReportInput>,
  languages: ReportLanguages = [english],
): string {
  return renderHtmlDocument(...documents(input, languages));
}

export function renderInsightReportMarkdown(
  input: Frozen<InsightReportInput>,
  languages: ReportLanguages = [english],
): string {
  return renderMarkdownDocument(...documents(input, languages));
}

export async function renderInsightReportDocx(
  input: Frozen<InsightReportInput>,
  languages: ReportLanguages = [english],
): Promise<Uint8Array> {
  // Loaded on demand: the Word writer is large, and HTML and Markdown never need it.
  const { renderDocxDocument } = await import('./docx/render-docx.js');
  return renderDocxDocument(...documents(input, languages));
}
