/** The languages eqia speaks: English and Welsh (Cymraeg). English is the default everywhere. */
export const locales = ['en', 'cy'] as const;
export type Locale = (typeof locales)[number];

/** Each language named in itself, as a language menu shows it. */
export const localeNames: Readonly<Record<Locale, string>> = { en: 'English', cy: 'Cymraeg' };

/** The BCP 47 tag a `lang` attribute carries, so a screen reader reads with the right voice. */
export const languageTag: Readonly<Record<Locale, string>> = { en: 'en-GB', cy: 'cy' };

export const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

/**
 * Languages as a user writes them ("cy", "cy,en"): the locales in the order given, or an error saying
 * which are known. Order matters: a bilingual document puts the first language first.
 */
export function parseLocales(text: string): { locales: Locale[] } | { error: string } {
  const given = text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  const unknown = given.filter((part) => !isLocale(part));
  if (given.length === 0 || unknown.length > 0) {
    const what =
      unknown.length > 0 ? `"${unknown.join('", "')}" is not a language eqia speaks` : 'no language given';
    return { error: `${what}: use en (English), cy (Cymraeg) or both, as in cy,en` };
  }
  return { locales: [...new Set(given as Locale[])] };
}
