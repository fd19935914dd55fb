import { type DisparityAnalysis, type DisparityRow, formatShare } from '@eqia/core';
import { escapeHtml } from './escape-html.js';
import { chartDescription, type InsightTable, insightTable } from './insight-table.js';
import { assessmentEnglish } from './language/english-assessment.js';
import type { AssessmentLanguage } from './language/report-language.js';

export interface InsightHtmlOptions {
  /** The heading level of the section's title, 2 to 6 (default 3). */
  headingLevel?: number;
  /** Prefix for the ids the chart's title and description need; make it unique on the page. */
  idPrefix?: string;
  /** A landmark named by its heading (default); false inside a report, whose sections are the landmarks. */
  region?: boolean;
  /** The language of its words (default English); census names too, where the catalogue has them. */
  lang?: AssessmentLanguage;
}

/**
 * A disparity analysis as an HTML fragment: a table with caption and scoped headers (the full and real
 * alternative), its notes, and a bar chart in SVG that names itself and describes what it shows.
 */
export function renderInsightHtml(analysis: DisparityAnalysis, options: InsightHtmlOptions = {}): string {
  const lang = options.lang ?? assessmentEnglish;
  const table = insightTable(analysis, lang);
  const level = Math.min(6, Math.max(2, options.headingLevel ?? 3));
  const id = (options.idPrefix ?? `insight-${analysis.characteristic}-${analysis.categorySet.id}`).replace(
    /[^A-Za-z0-9_-]/g,
    '-',
  );
  const cell = (text: string) => `<td>${escapeHtml(text)}</td>`;
  const bodyRow = (label: string, cells: string[]) =>
    `<tr><th scope="row">${escapeHtml(label)}</th>${cells.map(cell).join('')}</tr>`;
  const [first, ...data] = table.columns;
  return [
    options.region === false
      ? '<section class="eqia-insight">'
      : `<section class="eqia-insight" aria-labelledby="${id}-heading">`,
    `<h${level} id="${id}-heading">${escapeHtml(table.title)}</h${level}>`,
    `<div class="table-scroll" role="group" aria-labelledby="${id}-caption" tabindex="0">`,
    '<table class="eqia-insight-table">',
    `<caption id="${id}-caption">${escapeHtml(capitalise(table.caption))}</caption>`,
    '<colgroup><col></colgroup><colgroup span="3"></colgroup><colgroup span="2"></colgroup><colgroup span="2"></colgroup>',
    '<thead>',
    `<tr><td></td><th scope="colgroup" colspan="3">${escapeHtml(table.profileLabel)}</th><th scope="colgroup" colspan="2">${escapeHtml(table.baselineLabel)}</th><td colspan="2"></td></tr>`,
    `<tr><th scope="col">${escapeHtml(first ?? '')}</th>${data.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr>`,
    '</thead>',
    '<tbody>',
    ...table.rows.map((row) => bodyRow(row.label, row.cells)),
    '</tbody>',
    '<tfoot>',
    ...table.totals.map((total) => bodyRow(total.label, total.cells)),
    '</tfoot>',
    '</table>',
    '</div>',
    ...table.notes.map((note) => `<p class="eqia-insight-note">${escapeHtml(note)}</p>`),
    barChart(analysis, id, table, lang),
    '</section>',
  ].join('\n');
}

const width = 640;
const labelHeight = 18;
const barHeight = 14;
const rowHeight = labelHeight + 2 * barHeight + 14;
const plotLeft = 8;
const plotWidth = 520;

/**
 * Two bars per group: the profile solid, the baseline outlined (told apart by shape, not colour alone),
 * with the profile's interval drawn as a whisker. A suppressed share is written, not drawn.
 */
function barChart(
  analysis: DisparityAnalysis,
  id: string,
  table: InsightTable,
  lang: AssessmentLanguage,
): string {
  const { profileLabel, baselineLabel } = table;
  const sides = { profile: profileLabel, baseline: baselineLabel };
  const shares = analysis.rows.flatMap((row) => [row.profile.interval?.upper ?? 0, row.baseline.share ?? 0]);
  const scale = Math.max(0.1, ...shares);
  const x = (share: number) => plotLeft + (share / scale) * plotWidth;
  const legendHeight = 28;
  const height = legendHeight + analysis.rows.length * rowHeight;
  const rows = analysis.rows.map((row, i) =>
    chartRow(
      row,
      table.rows[i]?.label ?? row.label,
      legendHeight + i * rowHeight,
      x,
      lang.words.insight.suppressed,
    ),
  );
  const description = chartDescription(analysis, lang.words.insight.chart.drawing(sides), lang);
  return [
    '<figure class="eqia-insight-chart">',
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${id}-chart-title ${id}-chart-desc">`,
    `<title id="${id}-chart-title">${escapeHtml(lang.words.insight.chart.title(sides))}</title>`,
    `<desc id="${id}-chart-desc">${escapeHtml(description)}</desc>`,
    `<rect x="${plotLeft}" y="6" width="12" height="12" fill="#1d70b8"/>`,
    `<text x="${plotLeft + 18}" y="16" font-size="12">${escapeHtml(profileLabel)}</text>`,
    `<rect x="${plotLeft + 280}" y="6" width="12" height="12" fill="#ffffff" stroke="#0b0c0c" stroke-width="1.5"/>`,
    `<text x="${plotLeft + 298}" y="16" font-size="12">${escapeHtml(baselineLabel)}</text>`,
    ...rows,
    '</svg>',
    `<figcaption>${escapeHtml(description)}</figcaption>`,
    '</figure>',
  ].join('\n');
}

function chartRow(
  row: DisparityRow,
  label: string,
  top: number,
  x: (share: number) => number,
  suppressed: string,
): string {
  const profileY = top + labelHeight;
  const baselineY = profileY + barHeight + 2;
  const parts = [
    `<text x="${plotLeft}" y="${top + 13}" font-size="12" font-weight="bold">${escapeHtml(label)}</text>`,
  ];
  /** The share written beside its bar (after the whisker, if any), or "suppressed" where no bar is drawn. */
  const value = (share: number | null, end: number | null, y: number) =>
    `<text x="${end === null ? plotLeft : round(x(end) + 6)}" y="${y + 11}" font-size="11">${escapeHtml(share === null ? suppressed : formatShare(share))}</text>`;
  if (row.profile.share !== null) {
    parts.push(bar(x(row.profile.share) - plotLeft, profileY, 'fill="#1d70b8"'));
    if (row.profile.interval) {
      const { lower, upper } = row.profile.interval;
      const middle = profileY + barHeight / 2;
      parts.push(
        `<line x1="${round(x(lower))}" x2="${round(x(upper))}" y1="${middle}" y2="${middle}" stroke="#0b0c0c" stroke-width="1.5"/>`,
      );
    }
  }
  parts.push(value(row.profile.share, row.profile.interval?.upper ?? row.profile.share, profileY));
  if (row.baseline.share !== null) {
    parts.push(
      bar(x(row.baseline.share) - plotLeft, baselineY, 'fill="#ffffff" stroke="#0b0c0c" stroke-width="1.5"'),
    );
  }
  parts.push(value(row.baseline.share, row.baseline.share, baselineY));
  return `<g>${parts.join('')}</g>`;
}

function bar(length: number, y: number, paint: string): string {
  return `<rect x="${plotLeft}" y="${y}" width="${round(Math.max(1, length))}" height="${barHeight}" ${paint}/>`;
}

const round = (value: number) => Math.round(value * 10) / 10;
const capitalise = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
