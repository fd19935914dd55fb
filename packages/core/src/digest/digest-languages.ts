import type { CheckedProfile } from '../checks/checked-profile.js';
import type { CheckLanguage } from '../checks/language.js';
import type { Locale } from '../labels/locale.js';

/**
 * The words a digest keeps its violations in besides English: a `CheckLanguage` for each other language
 * the profile publishes in (a caller may give more; those are not kept). A kept violation is a sentence
 * worded when the assessment is saved, so a Welsh body's are kept in Welsh too: a Welsh reader's
 * whole-store check then reads them from digests, as an English reader's does.
 */
export type DigestLanguages = readonly CheckLanguage[];

/** The languages other than English a digest under this profile keeps its violations in. */
export const digestLocales = (profile: Pick<CheckedProfile, 'languages'>): Locale[] =>
  (profile.languages?.publishes ?? []).filter((locale) => locale !== 'en');

/**
 * Of the words given, those a digest under this profile keeps, in the profile's order. One it needs and
 * was not given is a bug in the caller: a digest without it would pass for current and never be made again.
 */
export function keptLanguages(
  profile: Pick<CheckedProfile, 'languages'>,
  given: DigestLanguages,
): CheckLanguage[] {
  return digestLocales(profile).map((locale) => {
    const language = given.find((candidate) => candidate.locale === locale);
    if (!language) {
      throw new Error(
        `eqia: a digest under a profile that publishes in "${locale}" was made without its words.`,
      );
    }
    return language;
  });
}
