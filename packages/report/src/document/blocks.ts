import type { DisparityAnalysis } from '@eqia/core';
import type { AssessmentLanguage } from '../language/report-language.js';

/**
 * A report as a small tree of blocks, built once from the assessment and rendered to HTML or Markdown,
 * so both formats carry the same content and all escaping happens in the two renderers.
 * Every string in a block is plain text, never markup.
 */

/** How a cell or notice reads at a glance; shown by words and symbols first, colour only as a help. */
export type Tone = 'negative-high' | 'negative' | 'positive' | 'neutral' | 'unknown' | 'muted' | 'warning';

export interface Link {
  text: string;
  href: string;
}

/**
 * Text in another language than the document's: in a Welsh report, what the organisation or an author
 * wrote in English (no Welsh version), marked so a screen reader switches voice (`lang="en-GB"`).
 */
export interface Foreign {
  text: string;
  lang: string;
}

/** Inline content: text, a link (only http, https and mailto addresses become links; see `linkable`), or text in another language. */
export type Inline = string | Link | Foreign;

export const isLink = (content: Link | Foreign): content is Link => 'href' in content;

export interface Cell {
  text: string;
  tone?: Tone;
  /** The language of the text when it is not the document's (an English text with no Welsh version). */
  lang?: string;
  /** The text in parts, when part of it is in another language (an English audience in a Welsh name). */
  parts?: Inline[];
  /** Links shown after the text, each on a line of its own (an evidence item's address). */
  links?: Link[];
}

export interface Fact {
  term: string;
  value: Inline | Inline[];
}

export type Block =
  | { kind: 'paragraph'; content: Inline[]; tone?: Tone }
  /** Free text an author wrote: paragraphs kept; `empty` (else "Not recorded.") is said when there is none. */
  | {
      kind: 'prose';
      text: string;
      empty?: string;
      /** The language of the text when it is not the document's (an English text with no Welsh version). */
      lang?: string;
    }
  | { kind: 'facts'; facts: Fact[] }
  | { kind: 'list'; items: Inline[][]; ordered?: boolean }
  | {
      kind: 'table';
      caption: string;
      columns: string[];
      /** The column headings as cells, when one is in another language (an English audience's name). */
      header?: Cell[];
      rows: Cell[][];
      /** The first cell of each row names the row (a header cell with row scope). */
      rowHeaders: boolean;
      /** Shown instead of an empty table. */
      empty: string;
    }
  | {
      kind: 'quote';
      text: string;
      cite: string;
      /** The language of the text when it is not the document's (an attestation with no Welsh version). */
      lang?: string;
    }
  /** A comparison with a census baseline: its table, notes and (in HTML) bar chart. `id` anchors it. */
  | { kind: 'disparity'; id: string; analysis: DisparityAnalysis }
  | Section;

export interface Section {
  kind: 'section';
  /** A stable anchor, also used to label the section for assistive technology. */
  id: string;
  /** Plain text, or in parts when part of it is in another language (an English name in a Welsh heading). */
  heading: string | Inline[];
  blocks: Block[];
  /** A banner section (the status of the assessment) is boxed and styled by its tone. */
  banner?: 'draft' | 'final' | 'warning';
}

export interface ReportDocument {
  /** The language it is written in: its `lang`, and the words of its frame (contents, footer). */
  lang: AssessmentLanguage;
  /** The page title and the one level-1 heading; also the running title of printed pages. */
  title: string;
  /** The level-1 heading in parts, when part of it is in another language (an English policy title). */
  heading?: Inline[];
  /** Short lines under the title: organisation, reference, status, revision. */
  subtitle: Fact[];
  /** A draft says so on every printed page, not only the first. */
  draft: boolean;
  /** What a reader needs before anything else (a warning banner, the summary), above the contents. */
  lead: Section[];
  /** The body, listed in the contents. */
  sections: Section[];
  /** Where a signature and its verification reference go, after the body (listed in the contents). */
  verification?: Section;
  /** How to contact the organisation, get another format, read its accessibility statement; when made. */
  about: Section;
}

/** The top-level sections the contents lists, in order. */
export const contentsOf = (document: ReportDocument): Section[] => [
  ...document.sections,
  ...(document.verification ? [document.verification] : []),
  document.about,
];

/** The schemes that become links in any format; other addresses are shown as text (core refuses them at input). */
export const linkable = (href: string) => /^(https?:\/\/|mailto:)/i.test(href);

/** An address as a link when it is linkable, else as text. */
export const linkOrText = (text: string, href = text): Inline => (linkable(href) ? { text, href } : text);

export const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
export const prose = (text: string, empty?: string): Block =>
  empty === undefined ? { kind: 'prose', text } : { kind: 'prose', text, empty };
export const section = (id: string, heading: string | Inline[], blocks: Block[]): Section => ({
  kind: 'section',
  id,
  heading,
  blocks,
});
export const cell = (text: string, tone?: Tone): Cell => (tone ? { text, tone } : { text });

/** Text that is `Inline[]` joined as plain text (for a heading or a CSV). */
export const plainText = (content: Inline | Inline[]) =>
  (Array.isArray(content) ? content : [content])
    .map((part) => (typeof part === 'string' ? part : part.text))
    .join('');

/** A table's column headings as cells (with their languages when marked). */
export const headerCells = (table: { columns: string[]; header?: Cell[] }): Cell[] =>
  table.header ?? table.columns.map((text) => ({ text }));
