import { englishMessages, type Wording, wording } from '@eqia/core';
import { uiCoreMessages } from './ui-language.js';

/**
 * Core's words as functions (`label`, `labelChoices`, `impactLabel`, `characteristic`…) in the language
 * of this run, for the wizard and the review screen. Apart from ui-language.ts because it loads core's
 * main entry, which `eqia list` does without.
 */
export const uiWords = (): Wording => wording(uiCoreMessages ?? englishMessages);
