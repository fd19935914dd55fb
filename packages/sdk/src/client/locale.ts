import { isLocale, type Locale, type Profile, publishingLanguages, ValidationError } from '@eqia/core';

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

/** A locale eqia does not speak is refused when the client is made, before anything is read or written. */
export function checkLocale(given: Locale | readonly Locale[] | undefined): readonly Locale[] | undefined {
  if (given === undefined) return undefined;
  const list: readonly unknown[] = typeof given === 'string' ? [given] : given;
  const unknown = list.filter((locale) => typeof locale !== 'string' || !isLocale(locale));
  if (list.length === 0 || unknown.length > 0)
    throw new ValidationError('The client’s locale is not valid:', [
      {
        path: 'locale',
        message: `${JSON.stringify(given)} is not a language eqia speaks: use 'en' (English), 'cy' (Cymraeg) or both, as in ['cy', 'en']`,
      },
    ]);
  return [...new Set(list as Locale[])];
}

export function clientLanguages(given: readonly Locale[] | undefined, profile: Profile): ClientLanguages {
  const organisation = publishingLanguages(profile);
  return given
    ? { locale: given[0] ?? organisation.default, locales: given }
    : { locale: organisation.default, locales: organisation.publishes };
}
