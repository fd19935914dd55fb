import type { EqiaError, Told } from '../errors.js';

/** A told message in one catalogue area's words, or undefined when the area has no such message. */
export function wordOf(words: object, told: Told): string | undefined {
  const message = Object.hasOwn(words, told.id) ? (words as Record<string, unknown>)[told.id] : undefined;
  if (typeof message === 'function') return (message as (values: Told['values']) => string)(told.values);
  return typeof message === 'string' ? message : undefined;
}

/** The values a message of `words` takes: its function's one argument, or none for a plain sentence. */
export type ToldValues<W, K extends keyof W> = W[K] extends (values: infer V) => string ? [values: V] : [];

/** A message of an area as data (`told`: its id and values) and in the area's English (`message`). */
export type Teller<W> = <K extends keyof W & string>(
  id: K,
  ...values: ToldValues<W, K>
) => { message: string; told: Told };

/** The same, with `told` in the options an error's constructor takes (`new …Error(message, …, options)`). */
export type OptionsTeller<W> = <K extends keyof W & string>(
  id: K,
  ...values: ToldValues<W, K>
) => { message: string; options: { told: Told } };

/**
 * The one way each catalogue area tells its messages (core's `csvTold`, the SDK's `storedTold`…), from
 * the area's English: a message's English is its id only if the area has no sentence by that id.
 */
export function tellerOf<W extends object>(english: W): Teller<W> {
  return (id, ...[values]) => {
    const told: Told = { id, values: (values ?? {}) as Told['values'] };
    return { message: wordOf(english, told) ?? id, told };
  };
}

/** `tellerOf`, for an area whose messages are errors' (the options carry `told` to the constructor). */
export function optionsTellerOf<W extends object>(english: W): OptionsTeller<W> {
  const tell = tellerOf(english);
  return (id, ...values) => {
    const { message, told } = tell(id, ...values);
    return { message, options: { told } };
  };
}

/**
 * The same error worded in another language, from the words of the area that told it (core's
 * `lifecycle`, the SDK's store errors…): the same class, code and fields, with the error as first
 * worded as its cause. An error that carries no message of that area is returned as it was.
 */
export function toldIn<E>(error: E, words: object): E {
  const told = error instanceof Error ? (error as Partial<EqiaError>).told : undefined;
  const message = told && wordOf(words, told);
  if (!message) return error;
  return Object.assign(Object.create(Object.getPrototypeOf(error)), error, { message, cause: error });
}
