import { isAdverse } from '../adverse.js';
import { aims } from '../catalogue/aims.js';
import type { Aim, ImpactDirection, Severity } from '../schema/common.js';
import type { OutcomeKind } from '../schema/outcome.js';
import type { LabelCatalogue, LabelSet, LabelValue } from './catalogue.js';
import { englishLabels } from './english.js';

/** A value with its label and, where the catalogue has one, its hint: a choice a prompt can offer. */
export interface LabelledValue<V extends string = string> {
  value: V;
  label: string;
  hint?: string;
}

/** The labels of one language, as functions: `valueWords(welshLabels).label('policyKind', 'budget')`. */
export interface ValueWords {
  /**
   * The label of a stored value: `label('policyKind', 'budget')` is "Budget decision". A value the
   * catalogue does not know (written by a newer version) is shown as stored rather than hidden.
   */
  label<S extends LabelSet>(set: S, value: LabelValue<S>): string;
  /** The hint beside a value's label, if it has one: `hint('impactDirection', 'negative')` is "adverse". */
  hint<S extends LabelSet>(set: S, value: LabelValue<S>): string | undefined;
  /** Values with their labels and hints, for a prompt: every value of the set in order, or those given. */
  labelChoices<S extends LabelSet>(set: S, values?: readonly LabelValue<S>[]): LabelledValue<LabelValue<S>>[];
  /** What an outcome means, in the EHRC's terms: the paragraph a report prints under it. */
  outcomeDescription(kind: OutcomeKind): string;
  /** "Negative (high)", "Positive": an impact's direction and, for a negative one, its severity. */
  impactLabel(direction: ImpactDirection, severity?: Severity): string;
}

export function valueWords(catalogue: LabelCatalogue): ValueWords {
  const label = <S extends LabelSet>(set: S, value: LabelValue<S>): string =>
    (catalogue.labels[set] as Readonly<Record<string, string>>)[value] ?? value;
  const hint = <S extends LabelSet>(set: S, value: LabelValue<S>): string | undefined =>
    (catalogue.hints[set] as Readonly<Record<string, string>> | undefined)?.[value];
  return {
    label,
    hint,
    labelChoices: (set, values = Object.keys(catalogue.labels[set]) as never[]) =>
      values.map((value) => {
        const help = hint(set, value);
        return { value, label: label(set, value), ...(help !== undefined && { hint: help }) };
      }),
    outcomeDescription: (kind) => catalogue.outcomeDescription[kind],
    impactLabel: (direction, severity) => {
      const words = label('impactDirection', direction);
      return isAdverse(direction) && severity
        ? `${words} (${inSentence(label('severity', severity))})`
        : words;
    },
  };
}

const english = valueWords(englishLabels);

// The English words, the default everywhere: see ValueWords for each.
export const { label, hint, labelChoices, outcomeDescription, impactLabel } = english;

/** A label inside a sentence: "is in review", "Service change (new)". Labels start with a capital. */
export function inSentence(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "(a) Eliminate discrimination": an aim of the general duty with its limb of s.149(1). */
export function aimLabel(aim: Aim): string {
  return `${aims[aim].limb} ${aims[aim].label}`;
}
