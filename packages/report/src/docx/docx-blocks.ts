import { Bookmark, HeadingLevel, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { type Block, type Cell, type Fact, headerCells, type Inline } from '../document/blocks.js';
import { inlineRuns, type RunStyle, textRuns, wordLanguage } from './docx-text.js';

export type DocxBlock = Paragraph | Table;

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** A heading in Word's own heading styles (so the navigation pane and a screen reader list it). */
export function heading(
  text: string | Inline[],
  level: number,
  bookmark?: string,
  run: RunStyle = {},
): Paragraph {
  const runs =
    typeof text === 'string' ? textRuns(text.replace(/\s*\n\s*/g, ' '), run) : inlineRuns(text, run);
  return new Paragraph({
    heading: headingLevels[Math.min(Math.max(level, 1), 6) - 1],
    keepNext: true,
    children: bookmark ? [new Bookmark({ id: bookmark, children: runs })] : runs,
  });
}

const strong = (cell: Cell) => cell.tone === 'negative' || cell.tone === 'negative-high';

/** The run of a text in its own language, where that is not the document's. */
export const inLanguage = (run: RunStyle, lang: string | undefined): RunStyle =>
  lang ? { ...run, language: wordLanguage(lang) } : run;

function tableCell(value: Cell, header: boolean, documentRun: RunStyle): TableCell {
  const run = inLanguage(documentRun, value.lang);
  const links = (value.links ?? []).map((link) => new Paragraph({ children: inlineRuns(link, run) }));
  const text = value.text
    ? [
        new Paragraph({
          children: value.parts
            ? inlineRuns(value.parts, { ...run, bold: header || strong(value) })
            : textRuns(value.text, { ...run, bold: header || strong(value) }),
        }),
      ]
    : [];
  const children = [...text, ...links];
  return new TableCell({ children: children.length ? children : [new Paragraph('')] });
}

/**
 * A table with its caption above it, a header row that repeats on every page, rows that do not break
 * across pages, and the first cell of each row bold when it names the row.
 */
export function table(block: Extract<Block, { kind: 'table' }>, run: RunStyle = {}): DocxBlock[] {
  const caption = new Paragraph({ style: 'Caption', keepNext: true, children: textRuns(block.caption, run) });
  if (block.rows.length === 0) {
    return [
      new Paragraph({
        children: [...textRuns(`${block.caption}: `, { ...run, bold: true }), ...textRuns(block.empty, run)],
      }),
    ];
  }
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headerCells(block).map((column) => tableCell(column, true, run)),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((value, index) => tableCell(value, block.rowHeaders && index === 0, run)),
      }),
  );
  return [caption, new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } })];
}

/** Facts as "Term: value" paragraphs: a label column would be too narrow on a phone's Word too. */
export const factParagraphs = (facts: Fact[], run: RunStyle = {}) =>
  facts.map(
    (fact) =>
      new Paragraph({
        children: [...textRuns(`${fact.term}: `, { ...run, bold: true }), ...inlineRuns(fact.value, run)],
      }),
  );

/** Prose as paragraphs, line breaks kept; `empty` in italics when there is none. */
export function proseParagraphs(
  text: string,
  empty: string,
  style?: string,
  run: RunStyle = {},
): Paragraph[] {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.length === 0)
    return [new Paragraph({ children: textRuns(empty, { ...run, italics: true }) })];
  return paragraphs.map(
    (paragraph) => new Paragraph({ children: textRuns(paragraph, run), ...(style ? { style } : {}) }),
  );
}
