import { type Assessment, type Locale, languageTag, textFields } from '@eqia/core';
import type { Block, Section } from '../document/blocks.js';

/** An assessment as a report in one language reads it, and the English texts left in a Welsh one. */
export interface AssessmentInLanguage {
  assessment: Assessment;
  /** Texts shown in English because they have no Welsh version: marked `lang="en-GB"` where shown. */
  untranslated: ReadonlySet<string>;
}

/**
 * The assessment with each text field in the report's language: in Welsh, its Welsh version where one is
 * written, else the English, never nothing. Sections then read the fields as they always have.
 */
export function assessmentIn(assessment: Assessment, locale: Locale): AssessmentInLanguage {
  if (locale === 'en') return { assessment, untranslated: new Set() };
  const untranslated = new Set<string>();
  const translated = structuredClone(assessment);
  for (const { key, path, english } of textFields(assessment)) {
    if (english.trim() === '') continue;
    const welsh = assessment.welsh?.[key];
    if (welsh === undefined || welsh.trim() === '') {
      untranslated.add(english);
      continue;
    }
    // The path names the field by place in this very assessment, so each step exists.
    const names = path.split('.');
    const field = names.pop() as string;
    let parent = translated as unknown as Record<string, unknown>;
    for (const name of names) parent = parent[name] as Record<string, unknown>;
    parent[field] = welsh;
  }
  return { assessment: translated, untranslated };
}

/**
 * Marks the free text and table cells that are a text left in English (`untranslated`) with English's
 * `lang`, so a screen reader reading a Welsh report switches voice for them.
 */
export function markUntranslated(sections: Section[], untranslated: ReadonlySet<string>): Section[] {
  if (untranslated.size === 0) return sections;
  const lang = languageTag.en;
  const mark = (block: Block): Block => {
    switch (block.kind) {
      case 'section':
        return { ...block, blocks: block.blocks.map(mark) };
      case 'prose':
        return untranslated.has(block.text) ? { ...block, lang } : block;
      case 'table':
        return {
          ...block,
          rows: block.rows.map((row) =>
            row.map((cell) => (untranslated.has(cell.text) ? { ...cell, lang } : cell)),
          ),
        };
      default:
        return block;
    }
  };
  return sections.map((section) => mark(section) as Section);
}
