import { languageTag } from '@eqia/core';
import type { Cell, Inline } from '../document/blocks.js';
import type { ReportLanguage } from '../language/report-language.js';
import type { ObjectiveProgress } from './objective-progress.js';

/** An objective's entry as a report in one language shows it, and how to show each of its texts. */
export interface ProgressInLanguage {
  progress: ObjectiveProgress;
  /** A text the people wrote, alone: in English's `lang` when it has no Welsh, with a note when stale. */
  text(text: string): Inline[];
  /** A text the people wrote within a sentence of the report's words (`{ text }` of a template). */
  within<V extends { text: string }>(template: (values: V) => string, values: V): Inline[];
  /** A table cell of a text the people wrote. */
  cell(text: string): Cell;
  /** A text of the entry, by its English, as the report shows it (its Welsh where written). */
  of(english: string): string;
}

/** The places of an entry's texts, as `ObjectiveProgress.welsh` names them. */
function places(progress: ObjectiveProgress): string[] {
  return [
    'title',
    'statement',
    ...(progress.lastUpdate ? ['lastUpdate.narrative'] : []),
    ...progress.measures.map((_, index) => `measures.${index}.indicator`),
    ...progress.milestones.map((_, index) => `milestones.${index}.description`),
    ...progress.changes.map((_, index) => `changes.${index}.text`),
  ];
}

/** Fills a template with a mark where the text goes, to put the text back as content of its own. */
const MARK = '\u0000';

/**
 * The entry with each text in the report's language, as an assessment's are (`assessmentIn`): in Welsh,
 * its Welsh version where one is written, else the English, marked `lang="en-GB"` so a screen reader
 * switches voice; a Welsh text written for English that has changed since says so in words.
 */
export function progressIn(original: ObjectiveProgress, lang: ReportLanguage): ProgressInLanguage {
  const untranslated = new Set<string>();
  const stale = new Set<string>();
  const progress = structuredClone(original);
  const shownFor = new Map<string, string>();
  if (lang.locale !== 'en') {
    const outOfDate = new Set(original.staleWelsh ?? []);
    for (const place of places(original)) {
      const names = place.split('.');
      const field = names.pop() as string;
      let parent = progress as unknown as Record<string, unknown>;
      for (const name of names) parent = parent[name] as Record<string, unknown>;
      const welsh = original.welsh?.[place];
      const english = parent[field] as string;
      if (welsh === undefined) {
        if (english.trim() !== '') untranslated.add(english);
        continue;
      }
      if (outOfDate.has(place)) stale.add(welsh);
      if (!shownFor.has(english)) shownFor.set(english, welsh);
      parent[field] = welsh;
    }
  }
  const note = lang.words.assessment.staleWelsh;
  const text = (value: string): Inline[] => [
    untranslated.has(value) ? { text: value, lang: languageTag.en } : value,
    ...(stale.has(value) ? [` (${note})`] : []),
  ];
  return {
    progress,
    text,
    within(template, values) {
      if (!untranslated.has(values.text) && !stale.has(values.text)) return [template(values)];
      const [before = '', after = ''] = template({ ...values, text: MARK }).split(MARK);
      return [before, ...text(values.text), after].filter((part) => part !== '');
    },
    cell(value) {
      if (stale.has(value)) return { text: `${value}\n(${note})` };
      return untranslated.has(value) ? { text: value, lang: languageTag.en } : { text: value };
    },
    of: (english) => shownFor.get(english) ?? english,
  };
}

/** A template's words around content of its own (`{ items }` filled with inline parts, some marked). */
export function around(template: (values: { items: string }) => string, content: Inline[]): Inline[] {
  const [before = '', after = ''] = template({ items: MARK }).split(MARK);
  // Text beside text is one part, so a sentence with nothing marked is one string, as it always was.
  return [before, ...content, after].reduce<Inline[]>((parts, part) => {
    const last = parts.at(-1);
    if (part === '') return parts;
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else parts.push(part);
    return parts;
  }, []);
}
