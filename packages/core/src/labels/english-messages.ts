import { type RuleCatalogue, rules } from '../checks/rules/index.js';
import { englishCsvWords } from './csv-words.js';
import { englishBesideRules } from './english-wording.js';
import { englishInsightWords } from './insight-words.js';
import type { Messages } from './messages.js';
import { englishOnDemandWords } from './on-demand-words.js';

/** English, read from the catalogue's definitions and the rules, so the English words have one home each. */
export const englishMessages: Messages = {
  ...englishBesideRules,
  // A CSV's messages and an analysis's: areas of their own in English (csv-words.ts, insight-words.ts),
  // among the records here as in Welsh.
  records: {
    ...englishBesideRules.records,
    ...englishInsightWords,
    ...englishOnDemandWords,
    ...englishCsvWords,
  },
  rules: Object.fromEntries(
    rules.map(({ id, title, why, hint, messages }) => [id, { title, why, hint, messages }]),
  ) as RuleCatalogue,
};
