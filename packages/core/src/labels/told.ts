import type { EqiaError, Told } from '../errors.js';

/** A told message in one catalogue area's words, or undefined when the area has no such message. */
export function wordOf(words: object, told: Told): string | undefined {
  const message = Object.hasOwn(words, told.id) ? (words as Record<string, unknown>)[told.id] : undefined;
  if (typeof message === 'function') return (message as (values: Told['values']) => string)(told.values);
  return typeof message === 'string' ? message : undefined;
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
