// The public API of @eqia/report: pure renderers (no I/O, they run in a browser too).

export {
  type Activity,
  activityIn,
  type OverdueAction,
  type Period,
  type ReviewDue,
} from '@eqia/core';
export { renderActionPlanCsv } from './action-plan-csv.js';
export {
  type AnnualAssessmentEntry,
  type AnnualReport,
  type AnnualReportInput,
  buildAnnualReport,
  type ImpactTally,
  type IntersectionalFinding,
  LISTED,
} from './annual/annual-report.js';
export type { AnnualDisparity, ComparedPopulation, FlaggedGroup } from './annual/disparities.js';
export type { ActionPlanRow } from './assessment/action-plan.js';
export type { AssessmentReportInput } from './assessment/input.js';
export { verificationSection, verificationText } from './assessment/verification-section.js';
export { csvField, toCsv } from './csv.js';
export { escapeHtml } from './escape-html.js';
export { escapeMarkdownBlock, escapeMarkdownCell, escapeMarkdownInline } from './escape-markdown.js';
export type { InsightReportInput } from './insight/insight-document.js';
export { type InsightHtmlOptions, renderInsightHtml } from './insight-html.js';
export { type InsightMarkdownOptions, renderInsightMarkdown } from './insight-markdown.js';
export { type InsightTable, insightTable } from './insight-table.js';
export { english } from './language/english.js';
export type { ReportLanguage } from './language/report-language.js';
export { reportLanguages } from './language/report-languages.js';
export type {
  AnnualWords,
  AssessmentWords,
  DocumentWords,
  InsightWords,
  ObjectivesWords,
  ReportWords,
} from './language/report-words.js';
export {
  type BoardReport,
  type BoardReportInput,
  boardDocument,
  buildBoardReport,
  renderBoardReportDocx,
  renderBoardReportHtml,
  renderBoardReportMarkdown,
} from './objectives/board-report.js';
export {
  type MeasureProgress,
  type ObjectiveProgress,
  objectiveProgress,
} from './objectives/objective-progress.js';
export { renderOverdueActionsCsv } from './overdue-actions-csv.js';
export {
  renderAnnualReportDocx,
  renderAnnualReportHtml,
  renderAnnualReportMarkdown,
} from './render-annual-report.js';
export {
  type ReportLanguages,
  renderAssessmentDocx,
  renderAssessmentHtml,
  renderAssessmentMarkdown,
} from './render-assessment.js';
export {
  renderInsightReportDocx,
  renderInsightReportHtml,
  renderInsightReportMarkdown,
} from './render-insight-report.js';
export {
  ANNUAL_REPORT_FORMAT,
  ANNUAL_REPORT_FORMAT_VERSION,
  type AssessmentJsonInput,
  assessmentJsonSchema,
  BOARD_REPORT_FORMAT,
  BOARD_REPORT_FORMAT_VERSION,
  renderAnnualReportJson,
  renderAssessmentJson,
  renderBoardReportJson,
} from './render-json.js';
