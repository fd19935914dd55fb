import { renderHtmlDocument } from './html/render-html.js';
import { type InsightReportInput, insightDocument } from './insight/insight-document.js';
import { renderMarkdownDocument } from './markdown/render-markdown.js';

/** A disparity analysis as a page of its own: the findings in words, the table, the chart. */
export function renderInsightReportHtml(input: InsightReportInput): string {
  return renderHtmlDocument(insightDocument(input));
}

export function renderInsightReportMarkdown(input: InsightReportInput): string {
  return renderMarkdownDocument(insightDocument(input));
}

export async function renderInsightReportDocx(input: InsightReportInput): Promise<Uint8Array> {
  // Loaded on demand: the Word writer is large, and HTML and Markdown never need it.
  const { renderDocxDocument } = await import('./docx/render-docx.js');
  return renderDocxDocument(insightDocument(input));
}
