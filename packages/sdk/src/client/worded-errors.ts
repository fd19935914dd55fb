import { refusalIn, toldIn } from '@eqia/core/light';
import { type ErrorWords, englishErrors } from '../language/errors.js';

/**
 * An error core worded in English, in the client's language: who may do what (a ForbiddenError's
 * `refusal`) and why a lifecycle refuses an event (its `told`). Its code and class stay as they were.
 */
export function inWords<E>(error: E, words: ErrorWords) {
  if (words === englishErrors) return error;
  return toldIn(refusalIn(error, words.refusals), words.lifecycle);
}
