import type { LabelSet, LabelValue } from '../labels/catalogue.js';
import { joinedWith } from '../labels/joined.js';
import { label } from '../labels/label.js';
import type { Locale } from '../labels/locale.js';
import type { Wording } from '../labels/wording.js';
import type { Aim } from '../schema/common.js';
import type { CharacteristicDefinition } from '../schema/profile.js';
import type { RuleWords } from './rule.js';
import { type CheckWords, englishCheckWords } from './words.js';

/**
 * The language the checks word their findings in: the rules' words by rule id, the shared words, and
 * the labels of characteristics and stored values. Findings are the same in every language but for
 * their words: a rule judges the profile's own data, never these labels. `checkLanguage(wording)` gives
 * one from a catalogue; English (the rules' own words) is the default.
 */
export interface CheckLanguage {
  readonly locale: Locale;
  /** By rule id; a rule not here speaks its own English. */
  readonly rules: Readonly<Partial<Record<string, RuleWords>>>;
  readonly words: CheckWords;
  /** A characteristic's name in this language (a profile's own one as the profile words it). */
  characteristicLabel(definition: CharacteristicDefinition): string;
  label<S extends LabelSet>(set: S, value: LabelValue<S>): string;
  /** An aim of the general duty in this language; English keeps the words of the jurisdiction's law. */
  aimLabel(aim: Aim, jurisdictionWords: string): string;
}

export const englishCheckLanguage: CheckLanguage = {
  locale: 'en',
  rules: {},
  words: englishCheckWords,
  characteristicLabel: (definition) => definition.label,
  label,
  aimLabel: (_aim, jurisdictionWords) => jurisdictionWords,
};

/** "a", "a and b", "a, b or c": a list in a finding, joined in its language. */
export function listIn(language: CheckLanguage, parts: readonly string[], conjunction: 'and' | 'or' = 'and') {
  const { words } = language;
  const last = parts.at(-1) ?? '';
  const word =
    conjunction === 'or' ? words.or : /^[aeiouwyâêîôûŵŷ]/i.test(last) ? words.andBeforeVowel : words.and;
  return joinedWith(word, parts);
}

/** The checks' language from a catalogue's wording: `check(a, p, { now, language: checkLanguage(wording(welshMessages)) })`. */
export const checkLanguage = (wording: Wording): CheckLanguage => ({
  locale: wording.messages.locale,
  rules: wording.messages.rules,
  words: wording.messages.checks,
  characteristicLabel: (definition) => wording.characteristic(definition).label,
  label: wording.label,
  aimLabel: (aim, jurisdictionWords) =>
    wording.messages.locale === 'en' ? jurisdictionWords : wording.messages.aims[aim].label,
});
