import { aims } from '../catalogue/aims.js';
import { censusCategorySets } from '../catalogue/census.js';
import { catalogue } from '../catalogue/characteristics.js';
import { jurisdictions } from '../catalogue/jurisdictions.js';
import type { RuleCatalogue } from '../checks/rules/index.js';
import { englishCheckWords } from '../checks/words.js';
import type { CensusCategorySet } from '../schema/profile.js';
import { englishAttentionWords } from './attention-words.js';
import { englishLabels } from './english.js';
import { englishLifecycleWords } from './lifecycle-words.js';
import type { CensusWords, CharacteristicWords, Messages } from './messages.js';
import { englishRecordWords } from './record-words.js';
import { englishRefusals } from './refusals.js';
import { englishSchemaWords } from './schema-words.js';
import { type Wording, wording } from './wording.js';

const byId = <T extends { id: string }, W>(items: readonly T[], words: (item: T) => W) =>
  Object.fromEntries(items.map((item) => [item.id, words(item)]));

const censusWords = (set: CensusCategorySet): CensusWords => ({
  label: set.label,
  groups: Object.fromEntries(set.groups.map((group) => [group.id, group.label])),
  categories: Object.fromEntries(set.categories.map((category) => [category.id, category.label])),
});

/** English but the rules' words, read from the catalogue's definitions: one home for each English word. */
export const englishBesideRules: Omit<Messages, 'rules'> = {
  locale: 'en',
  values: englishLabels,
  aims: Object.fromEntries(
    Object.entries(aims).map(([aim, { label, text }]) => [aim, { label, text }]),
  ) as Messages['aims'],
  characteristics: byId(
    catalogue,
    (definition): CharacteristicWords => ({
      label: definition.label,
      legalBasis: definition.legalBasis,
      note: definition.note,
      prompts: definition.prompts,
    }),
  ) as Messages['characteristics'],
  census: byId(censusCategorySets, censusWords) as Messages['census'],
  jurisdictions: Object.fromEntries(
    Object.entries(jurisdictions).map(([id, { label, duty }]) => [id, { label, duty }]),
  ) as Messages['jurisdictions'],
  checks: englishCheckWords,
  refusals: englishRefusals,
  lifecycle: englishLifecycleWords,
  schema: englishSchemaWords,
  records: englishRecordWords,
  attention: englishAttentionWords,
};

/**
 * The English wording, without the rules' words: English findings take theirs from the rules
 * themselves (the engine's default), so what words English (the report) does not load the rules, most
 * of core's code (docs/performance.md, the browser page).
 */
export const englishWording: Wording = wording({ ...englishBesideRules, rules: {} as RuleCatalogue });
