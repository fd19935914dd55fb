import { textFields } from '../../bilingual/text-fields.js';
import type { Locale } from '../../labels/locale.js';
import { publishingLanguages } from '../../profiles/languages.js';
import type { Rule } from '../rule.js';
import { isBlank } from '../text.js';

/** The rule's words in each language: the checks speak English; a Welsh reader reads `cy`. */
export const welshTextWrittenWords = {
  en: {
    title: 'Every text has its Welsh version',
    why: 'The Welsh Language Standards (Welsh Language (Wales) Measure 2011) require documents published to the public to be published in Welsh, with Welsh treated no less favourably than English: a body that publishes in Welsh publishes its assessment in Welsh too.',
    hint: 'Write the Welsh version beside the English (the wizard asks for it after each text answer, or give it under "welsh" in an answers file). Content locks at sign-off, so write it before the assessment is submitted.',
    missing: (key: string) =>
      `The text at ${key} has no Welsh version, and the organisation publishes in Welsh.`,
  },
  cy: {
    title: 'Mae fersiwn Gymraeg o bob testun',
    why: 'Mae Safonau’r Gymraeg (Mesur y Gymraeg (Cymru) 2011) yn gofyn bod dogfennau a gyhoeddir i’r cyhoedd yn cael eu cyhoeddi yn Gymraeg, heb drin y Gymraeg yn llai ffafriol na’r Saesneg: mae corff sy’n cyhoeddi yn Gymraeg yn cyhoeddi ei asesiad yn Gymraeg hefyd.',
    hint: 'Ysgrifennwch y fersiwn Gymraeg wrth ymyl y Saesneg (mae’r dewin yn gofyn amdani ar ôl pob ateb testun, neu rhowch hi dan "welsh" mewn ffeil atebion). Mae’r cynnwys yn cael ei gloi wrth ei gymeradwyo, felly ysgrifennwch hi cyn cyflwyno’r asesiad.',
    missing: (key: string) =>
      `Nid oes fersiwn Gymraeg o’r testun yn ${key}, ac mae’r sefydliad yn cyhoeddi yn Gymraeg.`,
  },
} as const satisfies Record<
  Locale,
  { title: string; why: string; hint: string; missing(key: string): string }
>;

const { en } = welshTextWrittenWords;

export const welshTextWritten: Rule = {
  id: 'welsh-text-written',
  title: en.title,
  defaultSeverity: 'warning',
  section: 'policy',
  scope: 'all',
  why: en.why,
  hint: en.hint,
  // Only a body that publishes in Welsh is asked; a field with no English has nothing to translate.
  evaluate: ({ assessment, profile }) =>
    publishingLanguages(profile).publishes.includes('cy')
      ? textFields(assessment)
          .filter(({ key, english }) => !isBlank(english) && isBlank(assessment.welsh?.[key]))
          .map(({ key, path }) => ({ message: en.missing(key), path }))
      : [],
};
