import type { Profile } from '@eqia/core';
import { annualDocument } from './annual/annual-document.js';
import type { AnnualReport } from './annual/annual-report.js';
import { renderHtmlDocument } from './html/render-html.js';
import { renderMarkdownDocument } from './markdown/render-markdown.js';

/** The annual equality report as one accessible, print-ready HTML page. */
export function renderAnnualReportHtml(report: AnnualReport, profile: Profile): string {
  return renderHtmlDocument(annualDocument(report, profile));
}

export function renderAnnualReportMarkdown(report: AnnualReport, profile: Profile): string {
  return renderMarkdownDocument(annualDocument(report, profile));
}

export async function renderAnnualReportDocx(report: AnnualReport, profile: Profile): Promise<Uint8Array> {
  // Loaded on demand: the Word writer is large, and HTML and Markdown never need it.
  const { renderDocxDocument } = await import('./docx/render-docx.js');
  return renderDocxDocument(annualDocument(report, profile));
}
