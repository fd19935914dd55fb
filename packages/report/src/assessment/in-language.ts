import { type Assessment, type Locale, staleWelsh, textFields } from '@eqia/core';

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
