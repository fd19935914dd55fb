// Loaded with a language other than English (client-language.ts, error-in.ts): an English client returns
// core's messages as they are, so no page loads this, nor the schema's English words, at once.
import { refusalIn, toldIn, ValidationError } from '@eqia/core/light';
import type { ErrorWords } from '../language/errors.js';
import { issueMessage } from '../language/schema-issues.js';

/**
 * An error core worded in English, in the client's language: who may do what (a ForbiddenError's
 * `refusal`), why a lifecycle refuses an event and what a store says when it cannot work (their `told`) and what a schema says of bad input (a
 * ValidationError's issues). Its code and class stay as they were.
 */
export function inWords<E>(error: E, words: ErrorWords) {
  const told = toldIn(toldIn(refusalIn(error, words.refusals), words.lifecycle), words.store);
  return schemaIssuesIn(told, words);
}

/** A ValidationError from a schema (core's `parseWith`: its cause holds zod's issues, one for each). */
function schemaIssuesIn<E>(error: E, words: ErrorWords): E | ValidationError {
  if (!(error instanceof ValidationError)) return error;
  const found = (error.cause as { issues?: unknown } | undefined)?.issues;
  const what = /^([^\n]*) is not valid:\n/.exec(error.message)?.[1];
  if (!Array.isArray(found) || found.length !== error.issues.length || what === undefined) return error;
  const schema = words.schema;
  const issues = error.issues.map((issue, index) => ({
    path: issue.path,
    message: issueMessage(found[index], schema),
  }));
  // A subject may name its source after it ("The assessment record a.json").
  const known = Object.keys(schema.subjects)
    .filter((english) => what === english || what.startsWith(`${english} `))
    .sort((a, b) => b.length - a.length)[0];
  const subject = known ? `${schema.subjects[known]}${what.slice(known.length)}` : what;
  return new ValidationError(schema.notValid({ what: subject }), issues, { cause: error });
}
