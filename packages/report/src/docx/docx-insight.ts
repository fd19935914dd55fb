import type { DisparityAnalysis } from '@eqia/core';
import { Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import { cell } from '../document/blocks.js';
import { chartDescription, insightTable } from '../insight-table.js';
import type { AssessmentLanguage } from '../language/report-language.js';
import { type DocxBlock, heading, table } from './docx-blocks.js';
import { docxText, type RunStyle, textRuns } from './docx-text.js';

/**
 * A disparity analysis in Word: its heading, the full table (the real alternative to the chart), the
 * notes, and a native bar chart that Word's screen readers read by its alternative text.
 */
export function disparityBlocks(
  analysis: DisparityAnalysis,
  level: number,
  lang: AssessmentLanguage,
  run: RunStyle = {},
): DocxBlock[] {
  const words = lang.words.insight.chart;
  const view = insightTable(analysis, lang);
  const sides = { profile: view.profileLabel, baseline: view.baselineLabel };
  const [first = '', ...data] = view.columns;
  const columns = [
    first,
    ...data.slice(0, 3).map((column) => `${view.profileLabel}: ${column.toLowerCase()}`),
    ...data.slice(3, 5).map((column) => `${view.baselineLabel}: ${column.toLowerCase()}`),
    ...data.slice(5),
  ];
  const rows = [...view.rows, ...view.totals].map((row) => [
    cell(row.label),
    ...row.cells.map((text) => cell(text)),
  ]);
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  const description = chartDescription(analysis, words.drawingWord(sides), lang);
  const chart = new ChartRun({
    type: 'bar',
    categories: view.rows.map((row) => docxText(row.label)),
    series: [
      { name: docxText(view.profileLabel), values: analysis.rows.map((row) => percent(row.profile.share)) },
      { name: docxText(view.baselineLabel), values: analysis.rows.map((row) => percent(row.baseline.share)) },
    ],
    title: docxText(words.titlePercent(sides)),
    valueAxis: { numberFormat: '0"%"' },
    categoryAxis: { reverseOrder: true },
    transformation: { width: 600, height: Math.max(220, 60 + analysis.rows.length * 44) },
    altText: {
      name: docxText(words.name({ title: view.title })),
      title: docxText(words.title(sides)),
      description: docxText(description),
    },
  });
  return [
    heading(view.title, level, undefined, run),
    ...table(
      {
        kind: 'table',
        caption: view.caption.charAt(0).toUpperCase() + view.caption.slice(1),
        columns,
        rows,
        rowHeaders: true,
        empty: '',
      },
      run,
    ),
    ...view.notes.map((note) => new Paragraph({ children: textRuns(note, run), style: 'Note' })),
    new Paragraph({ children: [chart], keepNext: true }),
    new Paragraph({ children: textRuns(description, run), style: 'Note' }),
  ];
}
