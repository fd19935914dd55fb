import {
  type CheckLanguage,
  currentWelshTitle,
  type EqiaError,
  type Locale,
  type Profile,
  profileWelshName,
  wording,
} from '@eqia/core';
import { type ClientErrorWords, englishErrors } from '../language/errors.js';
import type { HistoryLanguage } from '../language/history.js';
import { welshChecks } from './check-languages.js';
import { loadedChecks } from './checks-on-demand.js';
import { clientLanguages } from './locale.js';

/**
 * The language a client words things for its user in (`client.locale`): the given locale, else the
 * profile's default. Welsh is loaded (`@eqia/core/cy`) the first time the locale asks for it, so an
 * English client, and a browser bundle that never asks, never loads it. So is what words core's English
 * errors again (worded-errors.ts, with the English catalogues only that needs: english-rewording.ts).
 */
export interface ClientLanguage {
  /** Loads the words of the client's locale under this profile, when not loaded yet. */
  ready(profile: Profile): Promise<void>;
  /** The language of the due-regard findings under this profile: English until `ready` loaded another. */
  checks(profile: Profile): CheckLanguage;
  /** The words of the client's errors under this profile, likewise (their codes never change). */
  errors(profile: Profile): ClientErrorWords;
  /** An error core worded in English, in the language under this profile, likewise (English: as it was). */
  told<E>(error: E, profile: Profile): E | EqiaError;
  /** The words of the audit log's summaries (`history`) under this profile: none until `ready` loaded
   * another language than English (whose words load with the history, client/history.ts). */
  history(profile: Profile): HistoryLanguage | undefined;
}

interface Loaded {
  checks: CheckLanguage;
  errors: ClientErrorWords;
  told: <E>(error: E) => E | EqiaError;
  history: HistoryLanguage;
}

export function createClientLanguage(given: readonly Locale[] | undefined): ClientLanguage {
  let welsh: Loaded | undefined;
  const speaksWelsh = (profile: Profile) => clientLanguages(given, profile).locale === 'cy';
  const loaded = (profile: Profile) => (welsh && speaksWelsh(profile) ? welsh : undefined);
  return {
    async ready(profile) {
      if (welsh || !speaksWelsh(profile)) return;
      const [{ welshMessages }, { welshErrors }, { welshHistory }, { inWords }, checks] = await Promise.all([
        import('@eqia/core/cy'),
        import('../language/cy-errors.js'),
        import('../language/cy-history.js'),
        import('./worded-errors.js'),
        welshChecks(),
      ]);
      const words = wording(welshMessages);
      welsh = {
        checks,
        errors: welshErrors,
        told: (error) => inWords(error, welshErrors),
        history: {
          words: welshHistory,
          label: words.label,
          stageName: (profile, stage) =>
            profileWelshName(profile, 'approvalChain', stage)?.welsh ?? stage.label,
          title: (assessment) => currentWelshTitle(assessment) ?? assessment.policy.title,
        },
      };
    },
    checks: (profile) => loaded(profile)?.checks ?? loadedChecks().englishCheckLanguage,
    errors: (profile) => loaded(profile)?.errors ?? englishErrors,
    told: (error, profile) => {
      const language = loaded(profile);
      return language ? language.told(error) : error;
    },
    history: (profile) => loaded(profile)?.history,
  };
}
