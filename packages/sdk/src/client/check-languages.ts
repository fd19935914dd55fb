import { type CheckLanguage, type DigestLanguages, digestLocales, type Profile, wording } from '@eqia/core';
import { loadChecks } from './checks-on-demand.js';

let welsh: CheckLanguage | undefined;

/**
 * The checks' words in Welsh, loaded the first time anything asks: a Welsh reader's findings
 * (client-language.ts) and a Welsh body's digests use the same, and an English client never loads them.
 */
export async function welshChecks(): Promise<CheckLanguage> {
  if (!welsh) {
    const [{ welshMessages }, { checkLanguage }] = await Promise.all([import('@eqia/core/cy'), loadChecks()]);
    welsh = checkLanguage(wording(welshMessages));
  }
  return welsh;
}

/**
 * The words a digest under this profile keeps its violations in besides English (core's
 * digest-languages.ts): Welsh when the profile publishes in it.
 */
export async function digestLanguagesFor(profile: Profile): Promise<DigestLanguages> {
  return digestLocales(profile).includes('cy') ? [await welshChecks()] : [];
}
