import { type DisparityAnalysis, type Frozen, schemaTyped } from '@eqia/core';
import { escapeMarkdownCell, escapeMarkdownInline } from './escape-markdown.js';
import { insightTable } from './insight-table.js';
import { assessmentEnglish } from './language/english-assessment.js';
import type { AssessmentLanguage } from './language/report-language.js';

export interface InsightMarkdownOptions {
  /** The heading level of the section's title (default 3); 0 for no heading. */
  headingLevel?: number;
  /** The language of its words (default English). */
  lang?: AssessmentLanguage;
}

/** A disparity analysis as a Markdown section: a heading, a GitHub-flavoured table and its notes. */
export function renderInsightMarkdown(
  analysis: Frozen<DisparityAnalysis>,
  options: InsightMarkdownOptions = {},
): string {
  const table = insightTable(schemaTyped<DisparityAnalysis>(analysis), options.lang ?? assessmentEnglish);
  const level = options.headingLevel ?? 3;
  const [first, ...data] = table.columns;
  const profile = data.slice(0, 3).map((column) => `${table.profileLabel}: ${column.toLowerCase()}`);
  const baseline = data.slice(3, 5).map((column) => `${table.baselineLabel}: ${column.toLowerCase()}`);
  const header = [first ?? '', ...profile, ...baseline, ...data.slice(5)];
  // Labels are escaped; the figures are written by insightTable (digits, %, fixed words) and need none.
  const line = (label: string, cells: string[]) => `| ${[escapeMarkdownCell(label), ...cells].join(' | ')} |`;
  const lines = [
    ...(level > 0 ? [`${'#'.repeat(level)} ${escapeMarkdownInline(table.title)}`, ''] : []),
    `**${escapeMarkdownInline(capitalise(table.caption))}**`,
    '',
    `| ${header.map(escapeMarkdownCell).join(' | ')} |`,
    `| --- | ${header
      .slice(1)
      .map((_, i) => (i < 6 && i !== 2 ? '---:' : '---'))
      .join(' | ')} |`,
    ...table.rows.map((row) => line(row.label, row.cells)),
    ...table.totals.map((total) => line(total.label, total.cells)),
    '',
    ...table.notes.flatMap((note) => [escapeMarkdownInline(note), '']),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

const capitalise = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
