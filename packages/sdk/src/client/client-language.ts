import {
  type CheckLanguage,
  checkLanguage,
  englishCheckLanguage,
  type Locale,
  label,
  type Profile,
  wording,
} from '@eqia/core';
import { type ErrorWords, englishErrors } from '../language/errors.js';
import { englishHistory, type HistoryLanguage } from '../language/history.js';
import { clientLanguages } from './locale.js';

const englishHistoryLanguage: HistoryLanguage = { words: englishHistory, label };

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
  /** The words of the audit log's summaries (`history`) under this profile, likewise. */
  history(profile: Profile): HistoryLanguage;
}

export function createClientLanguage(given: readonly Locale[] | undefined): ClientLanguage {
  let welsh: { checks: CheckLanguage; errors: ErrorWords; history: HistoryLanguage } | undefined;
  const speaksWelsh = (profile: Profile) => clientLanguages(given, profile).locale === 'cy';
  return {
    async ready(profile) {
      if (welsh || !speaksWelsh(profile)) return;
      const [{ welshMessages }, { welshErrors }, { welshHistory }] = await Promise.all([
        import('@eqia/core/cy'),
        import('../language/cy-errors.js'),
        import('../language/cy-history.js'),
      ]);
      const words = wording(welshMessages);
      welsh = {
        checks: checkLanguage(words),
        errors: welshErrors,
        history: { words: welshHistory, label: words.label },
      };
    },
    checks: (profile) => (welsh && speaksWelsh(profile) ? welsh.checks : englishCheckLanguage),
    errors: (profile) => (welsh && speaksWelsh(profile) ? welsh.errors : englishErrors),
    history: (profile) => (welsh && speaksWelsh(profile) ? welsh.history : englishHistoryLanguage),
  };
}
