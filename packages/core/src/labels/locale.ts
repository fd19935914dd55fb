import type { Told } from '../errors.js';
import { recordTold } from './record-words.js';

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
export function parseLocales(text: string): { locales: Locale[] } | { error: string; told: Told } {
  const given = text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  const unknown = given.filter((part) => !isLocale(part));
  if (given.length === 0 || unknown.length > 0) {
    const { message, told } =
      unknown.length > 0
        ? recordTold('localeUnknown', { given: `"${unknown.join('", "')}"` })
        : recordTold('localeNone');
    return { error: message, told };
  }
  return { locales: [...new Set(given as Locale[])] };
}
