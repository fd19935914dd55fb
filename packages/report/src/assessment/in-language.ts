import { type Assessment, type Locale, languageTag, staleWelsh, textFields } from '@eqia/core';
import type { Block, Cell, Inline, Section } from '../document/blocks.js';
import { markedParts, markInlines } from '../document/foreign.js';

/** An assessment as a report in one language reads it, and the texts a reader must be told about. */
export interface AssessmentInLanguage {
  assessment: Assessment;
  /** Texts shown in English because they have no Welsh version: marked `lang="en-GB"` where shown. */
  untranslated: ReadonlySet<string>;
  /** Welsh texts written for English that has changed since (core's `staleWelsh`): said so where shown. */
  stale: ReadonlySet<string>;
}

/**
 * The assessment with each text field in the report's language: in Welsh, its Welsh version where one is
 * written, else the English, never nothing. Sections then read the fields as they always have.
 */
export function assessmentIn(assessment: Assessment, locale: Locale): AssessmentInLanguage {
  if (locale === 'en') return { assessment, untranslated: new Set(), stale: new Set() };
  const untranslated = new Set<string>();
  const stale = new Set<string>();
  const outOfDate = new Set(staleWelsh(assessment).map((field) => field.key));
  const translated = structuredClone(assessment);
  for (const { key, path, english } of textFields(assessment)) {
    if (english.trim() === '') continue;
    const welsh = assessment.welsh?.[key];
    if (welsh === undefined || welsh.trim() === '') {
      untranslated.add(english);
      continue;
    }
    if (outOfDate.has(key)) stale.add(welsh);
    // The path names the field by place in this very assessment, so each step exists.
    const names = path.split('.');
    const field = names.pop() as string;
    let parent = translated as unknown as Record<string, unknown>;
    for (const name of names) parent = parent[name] as Record<string, unknown>;
    parent[field] = welsh;
  }
  return { assessment: translated, untranslated, stale };
}

/**
 * Marks the free text and table cells that are a text left in English (`untranslated`) with English's
 * `lang`, so a screen reader reading a Welsh report switches voice for them; and says, in words beside
 * it (`note`), that a Welsh text is out of date (`stale`): words, so everyone reads it, voice or print.
 */
export function markTexts(
  sections: Section[],
  { untranslated, stale }: Omit<AssessmentInLanguage, 'assessment'>,
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
        const headingParts = foreignIn(block.heading);
        return [{ ...block, ...(headingParts && { headingParts }), blocks: block.blocks.flatMap(mark) }];
      }
      case 'paragraph':
        return [{ ...block, content: inline(block.content) }];
      case 'list':
        return [{ ...block, items: block.items.map(inline) }];
      case 'facts':
        return [
          {
            ...block,
            facts: block.facts.map((fact) => ({ ...fact, value: markInlines(fact.value, english) })),
          },
        ];
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
