import {
  type CheckLanguage,
  checkLanguage,
  englishCheckLanguage,
  type Locale,
  type Profile,
  wording,
} from '@eqia/core';
import { type ErrorWords, englishErrors } from '../language/errors.js';
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
  /** The words of the client's errors under this profile, likewise (their codes never change). */
  errors(profile: Profile): ErrorWords;
}

export function createClientLanguage(given: readonly Locale[] | undefined): ClientLanguage {
  let welsh: { checks: CheckLanguage; errors: ErrorWords } | undefined;
  const speaksWelsh = (profile: Profile) => clientLanguages(given, profile).locale === 'cy';
  return {
    async ready(profile) {
      if (welsh || !speaksWelsh(profile)) return;
      const [{ welshMessages }, { welshErrors }] = await Promise.all([
        import('@eqia/core/cy'),
        import('../language/cy-errors.js'),
      ]);
      welsh = { checks: checkLanguage(wording(welshMessages)), errors: welshErrors };
    },
    checks: (profile) => (welsh && speaksWelsh(profile) ? welsh.checks : englishCheckLanguage),
    errors: (profile) => (welsh && speaksWelsh(profile) ? welsh.errors : englishErrors),
  };
}
