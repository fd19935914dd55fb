import { isLocale, type Locale, type Profile, publishingLanguages, ValidationError } from '@eqia/core';
import { englishLocaleErrors, type LocaleErrorWords } from '../language/locale-errors.js';

/**
 * The languages a client speaks: those it was given (`locale: 'cy'`, or `['cy', 'en']` for documents in
 * both, first first), else the organisation's (the profile's publishing languages, its default first
 * for messages). English for a profile that names none.
 */
export interface ClientLanguages {
  /** The language of messages to the user: the first given, else the profile's default. */
  locale: Locale;
  /** The languages of the documents it makes, first first: as given, else those the profile publishes in. */
  locales: readonly Locale[];
}

/**
 * A locale eqia does not speak is refused when the client is made, before anything is read or written,
 * in the words given (English unless the client was given Welsh first: see `checkGivenLocale`).
 */
export function checkLocale(
  given: Locale | readonly Locale[] | undefined,
  words: LocaleErrorWords = englishLocaleErrors,
): readonly Locale[] | undefined {
  if (given === undefined) return undefined;
  const list: readonly unknown[] = typeof given === 'string' ? [given] : given;
  const unknown = list.filter((locale) => typeof locale !== 'string' || !isLocale(locale));
  if (list.length === 0 || unknown.length > 0)
    throw new ValidationError(words.invalid, [
      { path: 'locale', message: words.unknown({ given: JSON.stringify(given) }) },
    ]);
  return [...new Set(list as Locale[])];
}

/**
 * `checkLocale` for a client being made: a locale it does not speak is refused in the language given
 * first, Welsh for `'cy'` (or `['cy', …]`, even when a later one is refused), whose words load only then.
 */
export async function checkGivenLocale(
  given: Locale | readonly Locale[] | undefined,
): Promise<readonly Locale[] | undefined> {
  const first: unknown = Array.isArray(given) ? given[0] : given;
  const words =
    first === 'cy'
      ? (await import('../language/cy-locale-errors.js')).welshLocaleErrors
      : englishLocaleErrors;
  return checkLocale(given, words);
}

export function clientLanguages(given: readonly Locale[] | undefined, profile: Profile): ClientLanguages {
  const organisation = publishingLanguages(profile);
  return given
    ? { locale: given[0] ?? organisation.default, locales: given }
    : { locale: organisation.default, locales: organisation.publishes };
}
