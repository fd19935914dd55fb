import { type Assessment, type Locale, staleWelsh, textFields, textsInWelsh } from '@eqia/core';

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
  const outOfDate = new Set(staleWelsh(assessment).map((field) => field.key));
  const { value, untranslated, stale } = textsInWelsh(
    assessment,
    textFields(assessment),
    assessment.welsh,
    outOfDate,
  );
  return { assessment: value, untranslated, stale };
}
