import { aims } from '../catalogue/aims.js';
import type { Aim } from '../schema/common.js';
import type { CensusCategorySet, CharacteristicDefinition } from '../schema/profile.js';
import { type ValueWords, valueWords } from './label.js';
import type { CensusWords, CharacteristicWords, Messages } from './messages.js';

/** One language's words as functions: the labels, and the catalogue's characteristics and census sets. */
export interface Wording extends ValueWords {
  readonly messages: Messages;
  /** "(a) Dileu gwahaniaethu": an aim of the general duty with its limb of s.149(1). */
  aimLabel(aim: Aim): string;
  /**
   * A characteristic in this language. In English, the words the profile gives it; in another, the
   * catalogue's translation (found by id), or, for one the profile defines itself, the profile's words.
   */
  characteristic(definition: CharacteristicDefinition): CharacteristicWords;
  /** A census category set in this language; a set the catalogue does not know keeps its own words. */
  censusSet(set: CensusCategorySet): CensusWords;
}

const known = <T>(record: Readonly<Record<string, T>>, id: string): T | undefined =>
  Object.hasOwn(record, id) ? record[id] : undefined;

export function wording(messages: Messages): Wording {
  const english = messages.locale === 'en';
  return {
    ...valueWords(messages.values),
    messages,
    aimLabel: (aim) => `${aims[aim].limb} ${messages.aims[aim].label}`,
    // English is the words the profile itself gives (the catalogue's, or the organisation's own).
    characteristic: (definition) =>
      (english ? undefined : known(messages.characteristics, definition.id)) ?? definition,
    censusSet: (set) => {
      const words = english ? undefined : known(messages.census, set.id);
      const own = (
        items: readonly { id: string; label: string }[],
        translated?: Readonly<Record<string, string>>,
      ) => Object.fromEntries(items.map((item) => [item.id, translated?.[item.id] ?? item.label]));
      return {
        label: words?.label ?? set.label,
        groups: own(set.groups, words?.groups),
        categories: own(set.categories, words?.categories),
      };
    },
  };
}
