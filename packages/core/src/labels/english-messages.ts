import { type RuleCatalogue, rules } from '../checks/rules/index.js';
import { englishBesideRules } from './english-wording.js';
import type { Messages } from './messages.js';

/** English, read from the catalogue's definitions and the rules, so the English words have one home each. */
export const englishMessages: Messages = {
  ...englishBesideRules,
  rules: Object.fromEntries(
    rules.map(({ id, title, why, hint, messages }) => [id, { title, why, hint, messages }]),
  ) as RuleCatalogue,
};
