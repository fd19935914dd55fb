import { type CheckLanguage, type DigestLanguages, digestLocales, type Profile, wording } from '@eqia/core';
import { loadChecks } from './checks-on-demand.js';

let welsh: CheckLanguage | undefined;

/**
 * The words a digest under this profile keeps its violations in besides English (core's
 * digest-languages.ts): Welsh when the profile publishes in it, loaded the first time one asks, so an
 * English body, and a page that never saves for a Welsh one, never loads it.
 */
export async function digestLanguagesFor(profile: Profile): Promise<DigestLanguages> {
  if (!digestLocales(profile).includes('cy')) return [];
  if (!welsh) {
    const [{ welshMessages }, { checkLanguage }] = await Promise.all([import('@eqia/core/cy'), loadChecks()]);
    welsh = checkLanguage(wording(welshMessages));
  }
  return [welsh];
}
