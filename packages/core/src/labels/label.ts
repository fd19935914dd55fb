import { isAdverse } from '../adverse.js';
import { aims } from '../catalogue/aims.js';
import type { Aim, ImpactDirection, Severity } from '../schema/common.js';
import type { OutcomeKind } from '../schema/outcome.js';
import type { LabelSet, LabelValue } from './catalogue.js';
import { englishLabels as english } from './english.js';

/** A value with its label and, where the catalogue has one, its hint: a choice a prompt can offer. */
export interface LabelledValue<V extends string = string> {
  value: V;
  label: string;
  hint?: string;
}

/**
 * The label of a stored value: `label('policyKind', 'budget')` is "Budget decision". A value the
 * catalogue does not know (written by a newer version) is shown as stored rather than hidden.
 */
export function label<S extends LabelSet>(set: S, value: LabelValue<S>): string {
  return (english.labels[set] as Readonly<Record<string, string>>)[value] ?? value;
}

/** The hint beside a value's label, if it has one: `hint('impactDirection', 'negative')` is "adverse". */
export function hint<S extends LabelSet>(set: S, value: LabelValue<S>): string | undefined {
  return (english.hints[set] as Readonly<Record<string, string>> | undefined)?.[value];
}

/** Values with their labels and hints, for a prompt: every value of the set in order, or those given. */
export function labelChoices<S extends LabelSet>(
  set: S,
  values: readonly LabelValue<S>[] = Object.keys(english.labels[set]) as LabelValue<S>[],
): LabelledValue<LabelValue<S>>[] {
  return values.map((value) => {
    const help = hint(set, value);
    return { value, label: label(set, value), ...(help !== undefined && { hint: help }) };
  });
}

/** What an outcome means, in the EHRC's terms: the paragraph a report prints under it. */
export function outcomeDescription(kind: OutcomeKind): string {
  return english.outcomeDescription[kind];
}

/** A label inside a sentence: "is in review", "Service change (new)". Labels start with a capital. */
export function inSentence(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "Negative (high)", "Positive": an impact's direction and, for a negative one, its severity. */
export function impactLabel(direction: ImpactDirection, severity?: Severity): string {
  const words = label('impactDirection', direction);
  return isAdverse(direction) && severity ? `${words} (${inSentence(label('severity', severity))})` : words;
}

/** "(a) Eliminate discrimination": an aim of the general duty with its limb of s.149(1). */
export function aimLabel(aim: Aim): string {
  return `${aims[aim].limb} ${aims[aim].label}`;
}
