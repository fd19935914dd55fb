import { languageTag } from '@eqia/core';
import type { Block, Cell, Inline, ReportDocument, Section } from './blocks.js';
import { markedParts, markInlines } from './foreign.js';

/** The texts a report shows in English (no Welsh version), and the Welsh written for older English. */
export interface EnglishAndStale {
  untranslated: ReadonlySet<string>;
  stale: ReadonlySet<string>;
}

/**
 * Marks the free text and table cells that are a text left in English (`untranslated`) with English's
 * `lang`, so a screen reader reading a Welsh report switches voice for them; and says, in words beside
 * it (`note`), that a Welsh text is out of date (`stale`): words, so everyone reads it, voice or print.
 */
export function markTexts(
  sections: Section[],
  { untranslated, stale }: EnglishAndStale,
  note: string,
  /** The English texts to mark inside sentences and lists too: these and the profile's (see foreign.ts). */
  english: readonly string[] = [],
): Section[] {
  if (untranslated.size === 0 && stale.size === 0 && english.length === 0) return sections;
  const lang = languageTag.en;
  const warning: Block = { kind: 'paragraph', content: [note], tone: 'warning' };
  const inline = (content: Inline[]) => markInlines(content, english) as Inline[];
  /** A text's parts when some of it is English, else undefined. */
  const foreignIn = (text: string): Inline[] | undefined => {
    const parts = markedParts(text, english);
    return parts.some((part) => typeof part !== 'string') ? parts : undefined;
  };
  const withParts = (cell: Cell): Cell => {
    const parts = foreignIn(cell.text);
    return parts ? { ...cell, parts } : cell;
  };
  const mark = (block: Block): Block[] => {
    switch (block.kind) {
      case 'section': {
        const heading = typeof block.heading === 'string' ? foreignIn(block.heading) : undefined;
        return [{ ...block, ...(heading && { heading }), blocks: block.blocks.flatMap(mark) }];
      }
      case 'paragraph':
        return [{ ...block, content: inline(block.content) }];
      case 'list':
        return [{ ...block, items: block.items.map(inline) }];
      case 'facts':
        return [
          {
            ...block,
            facts: block.facts.map((fact) => ({
              ...fact,
              value: staleNoted(markInlines(fact.value, english), stale, note),
            })),
          },
        ];
      case 'quote':
      case 'prose':
        if (stale.has(block.text)) return [block, warning];
        return [untranslated.has(block.text) || english.includes(block.text) ? { ...block, lang } : block];
      case 'table':
        return [
          {
            ...block,
            ...(block.columns.some((column) => english.includes(column) || foreignIn(column)) && {
              header: block.columns.map((text) =>
                english.includes(text) ? { text, lang } : withParts({ text }),
              ),
            }),
            rows: block.rows.map((row) =>
              row.map((cell) =>
                stale.has(cell.text)
                  ? { ...cell, text: `${cell.text}\n(${note})` }
                  : untranslated.has(cell.text) || english.includes(cell.text)
                    ? { ...cell, lang }
                    : withParts(cell),
              ),
            ),
          },
        ];
      default:
        return [block];
    }
  };
  return sections.flatMap(mark) as Section[];
}

/** A value that is Welsh out of date, with a note saying so (as a table's cell has); any other as it is. */
export const staleNoted = (
  value: Inline | Inline[],
  stale: ReadonlySet<string>,
  note: string,
): Inline | Inline[] => (typeof value === 'string' && stale.has(value) ? `${value} (${note})` : value);

const none: EnglishAndStale = { untranslated: new Set(), stale: new Set() };

/**
 * A whole document with the English texts in it marked (see markTexts): its heading, subtitle and every
 * section. How the annual, Board and disparity reports mark the profile's English and their data's, and
 * say where the profile's Welsh they show is out of date (`stale`), as an assessment's report does.
 */
export function markedDocument(
  document: ReportDocument,
  english: readonly string[],
  stale: ReadonlySet<string> = none.stale,
): ReportDocument {
  if (english.length === 0 && stale.size === 0) return document;
  const note = document.lang.words.assessment.staleWelsh;
  const marked = (sections: Section[]) => markTexts(sections, { ...none, stale }, note, english);
  const heading = markInlines(document.heading ?? [document.title], english) as Inline[];
  return {
    ...document,
    ...(heading.length > 1 && { heading }),
    subtitle: document.subtitle.map((fact) => ({
      ...fact,
      value: staleNoted(markInlines(fact.value, english), stale, note),
    })),
    lead: marked(document.lead),
    sections: marked(document.sections),
    ...(document.verification && { verification: marked([document.verification])[0] as Section }),
    about: marked([document.about])[0] as Section,
  };
}
