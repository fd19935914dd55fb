import type { RuleCatalogue } from '../checks/rules/index.js';
import type { CheckWords } from '../checks/words.js';
import type { Aim } from '../schema/common.js';
import type { Jurisdiction } from '../schema/profile.js';
import type { AttentionWords } from './attention-words.js';
import type { LabelCatalogue } from './catalogue.js';
import type { LifecycleWords } from './lifecycle-words.js';
import type { Locale } from './locale.js';
import type { RecordWords } from './record-words.js';
import type { RefusalWords } from './refusals.js';
import type { SchemaWords } from './schema-words.js';

/** The ids of the characteristics the catalogue defines (catalogue/characteristics.ts). */
export type CatalogueCharacteristicId =
  | 'age'
  | 'disability'
  | 'gender_reassignment'
  | 'marriage_civil_partnership'
  | 'pregnancy_maternity'
  | 'race'
  | 'religion_belief'
  | 'sex'
  | 'sexual_orientation'
  | 'carers'
  | 'language'
  | 'socio_economic'
  | 'care_experience'
  | 'welsh_language';

/** The ids of the census category sets the catalogue knows (catalogue/census.ts). */
export type CensusSetId =
  | 'ethnic_group'
  | 'religion'
  | 'sexual_orientation'
  | 'gender_identity'
  | 'sex'
  | 'disability'
  | 'unpaid_care'
  | 'english_proficiency'
  | 'legal_partnership_status';

/** A characteristic in one language: its name, the law behind it, its note and its prompts. */
export interface CharacteristicWords {
  readonly label: string;
  readonly legalBasis: string;
  readonly note: string;
  readonly prompts: readonly string[];
}

/** A census category set in one language: its name and each group's and category's, by id. */
export interface CensusWords {
  readonly label: string;
  readonly groups: Readonly<Record<string, string>>;
  readonly categories: Readonly<Record<string, string>>;
}

/**
 * Everything core words in one language, by area: the labels of stored values, the aims of the general
 * duty, the characteristics, the census categories, each nation's duty, and the due-regard rules' words
 * (with the words their findings share). English is built from the catalogue's and the rules' own
 * definitions (one home for them); Welsh is `@eqia/core/cy`, loaded only when asked for.
 */
export interface Messages {
  readonly locale: Locale;
  readonly values: LabelCatalogue;
  readonly aims: Readonly<Record<Aim, { readonly label: string; readonly text: string }>>;
  readonly characteristics: Readonly<Record<CatalogueCharacteristicId, CharacteristicWords>>;
  readonly census: Readonly<Record<CensusSetId, CensusWords>>;
  readonly jurisdictions: Readonly<Record<Jurisdiction, { readonly label: string; readonly duty: string }>>;
  /** Each due-regard rule's title, reason, hint and messages, by rule id. */
  readonly rules: RuleCatalogue;
  /** The words every rule's findings share: how they name an impact, and join a list. */
  readonly checks: CheckWords;
  /** Why who-may-do-what (`authorise`) refuses someone, by refusal id. */
  readonly refusals: RefusalWords;
  /** Why a lifecycle (an assessment's, an objective's) refuses an event, by message id. */
  readonly lifecycle: LifecycleWords;
  /** What core's schemas say of bad input themselves ("give the policy a title"), by message id. */
  readonly schema: SchemaWords;
  /** What core says of a record it reads: where a chain breaks, a key's standing, an export it cannot take. */
  readonly records: RecordWords;
  /** What an objective needs attention for (`objectiveAttention`), by its kind. */
  readonly attention: AttentionWords;
}
