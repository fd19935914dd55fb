import type { Profile } from '@eqia/core';
import { annualDocument } from './annual/annual-document.js';
import type { AnnualReport } from './annual/annual-report.js';
import { renderHtmlDocument } from './html/render-html.js';
import { english } from './language/english.js';
import { eachLanguage, type ReportLanguages } from './language/report-language.js';
import { renderMarkdownDocument } from './markdown/render-markdown.js';

// Languages as for the assessment report: English by default, `[welsh, english]` for both, Welsh first.
const documents = (report: AnnualReport, profile: Profile, languages: ReportLanguages) =>
  eachLanguage(languages, (lang) => annualDocument(report, profile, lang));

/** The annual equality report as one accessible, print-ready HTML page. */
export function renderAnnualReportHtml(
  report: AnnualReport,
  profile: Profile,
  languages: ReportLanguages = [english],
): string {
  return renderHtmlDocument(...documents(report, profile, languages));
}

export function renderAnnualReportMarkdown(
  report: AnnualReport,
  profile: Profile,
  languages: ReportLanguages = [english],
): string {
  return renderMarkdownDocument(...documents(report, profile, languages));
}

export async function renderAnnualReportDocx(
  report: AnnualReport,
  profile: Profile,
  languages: ReportLanguages = [english],
): Promise<Uint8Array> {
  // Loaded on demand: the Word writer is large, and HTML and Markdown never need it.
  const { renderDocxDocument } = await import('./docx/render-docx.js');
  return renderDocxDocument(...documents(report, profile, languages));
}
