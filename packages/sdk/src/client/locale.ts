import { isLocale, type Locale, type Profile, publishingLanguages, ValidationError } from '@eqia/core';
import { errorIn } from '../language/error-in.js';
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
 * in the words given (English unless the client was given Welsh first: see `inGivenLanguage`).
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
 * An error met while a client is made (its locale refused, no profile in the store, a damaged profile)
 * in the language the client was given first: Welsh for a client given `'cy'` (or `['cy', …]`), loaded
 * only then; as it was otherwise (the profile that could say Welsh is not read yet, or not readable).
 */
export async function inGivenLanguage(error: unknown, given: unknown): Promise<unknown> {
  const first = Array.isArray(given) ? given[0] : given;
  if (first !== 'cy') return error;
  if (error instanceof ValidationError && error.issues[0]?.path === 'locale') {
    const { welshLocaleErrors } = await import('../language/cy-locale-errors.js');
    try {
      checkLocale(given as Locale | readonly Locale[], welshLocaleErrors);
    } catch (welsh) {
      return welsh;
    }
  }
  return errorIn(error, 'cy');
}

export function clientLanguages(given: readonly Locale[] | undefined, profile: Profile): ClientLanguages {
  const organisation = publishingLanguages(profile);
  return given
    ? { locale: given[0] ?? organisation.default, locales: given }
    : { locale: organisation.default, locales: organisation.publishes };
}
