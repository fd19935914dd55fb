import {
  type CheckLanguage,
  checkLanguage,
  englishCheckLanguage,
  type Locale,
  type Profile,
  wording,
} from '@eqia/core';
import { clientLanguages } from './locale.js';

/**
 * The language a client words things for its user in (`client.locale`): the given locale, else the
 * profile's default. Welsh is loaded (`@eqia/core/cy`) the first time the locale asks for it, so an
 * English client, and a browser bundle that never asks, never loads it.
 */
export interface ClientLanguage {
  /** Loads the words of the client's locale under this profile, when not loaded yet. */
  ready(profile: Profile): Promise<void>;
  /** The language of the due-regard findings under this profile: English until `ready` loaded another. */
  checks(profile: Profile): CheckLanguage;
}

export function createClientLanguage(given: readonly Locale[] | undefined): ClientLanguage {
  let welsh: CheckLanguage | undefined;
  const speaksWelsh = (profile: Profile) => clientLanguages(given, profile).locale === 'cy';
  return {
    async ready(profile) {
      if (welsh || !speaksWelsh(profile)) return;
      const { welshMessages } = await import('@eqia/core/cy');
      welsh = checkLanguage(wording(welshMessages));
    },
    checks: (profile) => (welsh && speaksWelsh(profile) ? welsh : englishCheckLanguage),
  };
}
