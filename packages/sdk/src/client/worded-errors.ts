// Loaded with a language other than English (client-language.ts, error-in.ts): an English client returns
// core's messages as they are, so no page loads this, nor the schema's English words, at once.
import { englishJsonFaults, jsonFaultWords } from '@eqia/core/json';
import {
  EqiaError,
  issueLines,
  issueMessage,
  recordWording,
  refusalIn,
  schemaSaidIn,
  toldIn,
  ValidationError,
  wordOf,
} from '@eqia/core/light';
import type { ErrorWords } from '../language/errors.js';

/**
 * An error core worded in English, in the client's language: who may do what (a ForbiddenError's
 * `refusal`), why a lifecycle refuses an event and what a store says when it cannot work (their `told`), what a schema says of bad input (a
 * ValidationError's issues) and a stored document that does not match it. Its code and class stay as
 * they were.
 */
export function inWords<E>(error: E, words: ErrorWords) {
  const told = toldIn(toldIn(refusalIn(error, words.refusals), words.lifecycle), words.store);
  const worded = recordsIn(storedIn(schemaIssuesIn(jsonIn(told, words), words), words), words);
  // Left as it was (an error no catalogue words), its location stays in the English around it.
  return worded === error ? worded : placeIn(worded, words);
}

/**
 * A PostgreSQL store's location names its schema in English (`postgres://… (schema eqia)`, the
 * store's `location`): a message worded again says it in its own words. Only a location the error's
 * `told` carries is changed, never what someone wrote.
 */
function placeIn<E>(error: E, words: ErrorWords): E {
  const location = error instanceof EqiaError ? error.told?.values.location : undefined;
  const schema = location && / \(schema ([^()]+)\)$/.exec(location)?.[1];
  if (!location || !schema || !(error instanceof Error)) return error;
  const place = `${location.slice(0, location.lastIndexOf(' ('))} (${words.schemaOf({ schema })})`;
  const message = error.message.replaceAll(location, place);
  return Object.assign(Object.create(Object.getPrototypeOf(error)), error, { message });
}

/**
 * What core says of a record it reads (its `records` area): an export or plain record it cannot take, a
 * log that breaks. A refusal inside it is worded again from its cause; a plain record's issues are
 * what its schema says, in the same words.
 */
function recordsIn<E>(error: E, words: ErrorWords): E {
  // Told by the area's own words, not core's English: a CSV's messages (core's csv area, loaded only
  // with the CSV readers) are among a Welsh client's records, and already English for an English one.
  if (!(error instanceof EqiaError) || !error.told || !Object.hasOwn(words.records, error.told.id))
    return error;
  const { told } = error;
  // The refusal is the cause of the error core threw, however often it has been worded since.
  let first: EqiaError = error;
  while (first.cause instanceof EqiaError && first.cause.told?.id === told.id) first = first.cause;
  const { cause } = first;
  const refusal = cause instanceof EqiaError && 'refusal' in told.values ? inWords(cause, words) : undefined;
  const { what } = told.values;
  const message = recordWording(words.records, {
    id: told.id,
    values: {
      ...told.values,
      ...(refusal && { refusal: refusal.message }),
      ...(what !== undefined && { what: subjectIn(what, words.schema.subjects) }),
    },
  });
  if (!(error instanceof ValidationError) || !error.issues.length)
    return Object.assign(Object.create(Object.getPrototypeOf(error)), error, { message, cause: error });
  // A schema's issues (an edit the section's schema refuses) are worded again from zod's, one for each.
  const zodIssues = zodIssuesOf(error, first.cause);
  const issues = error.issues.map((issue, index) => ({
    path: issue.where ? recordWording(words.records, issue.where) : issue.path,
    message: issue.told
      ? recordWording(words.records, issue.told)
      : zodIssues
        ? issueMessage(zodIssues[index] as ZodIssue, words.schema, words.says)
        : (schemaSaidIn(issue, words.says) ?? issue.message),
  }));
  return new ValidationError(message, issues, { cause: error, told, root: words.says.root }) as E;
}

/** Text that was not JSON (core's `parseJson`): its subject as a schema's, then where it breaks. */
function jsonIn<E>(error: E, words: ErrorWords): E {
  const told = error instanceof ValidationError ? error.told : undefined;
  if (told === undefined || !Object.hasOwn(englishJsonFaults, told.id)) return error;
  const { what = '', ...where } = told.values;
  const fault = jsonFaultWords({ id: told.id, values: where }, words.json);
  const message = words.json.notJson({ what: subjectIn(what, words.schema.subjects), fault });
  return Object.assign(Object.create(Object.getPrototypeOf(error)), error, { message, cause: error });
}

/** What core names the thing parsed, said the way `subjects` says it ("The export a.json"). */
function subjectIn(what: string, subjects: Readonly<Record<string, string>>): string {
  const known = Object.keys(subjects)
    .filter((english) => what === english || what.startsWith(`${english} `))
    .sort((a, b) => b.length - a.length)[0];
  return known ? `${subjects[known]}${what.slice(known.length)}` : what;
}

/** A ValidationError from a schema (core's `parseWith`: its cause holds zod's issues, one for each). */
function schemaIssuesIn<E>(error: E, words: ErrorWords): E | ValidationError {
  if (!(error instanceof ValidationError)) return error;
  const found = zodIssuesOf(error, error.cause);
  const what = /^([^\n]*) is not valid:\n/.exec(error.message)?.[1];
  if (!found || what === undefined) return error;
  const schema = words.schema;
  const issues = error.issues.map((issue, index) => ({
    path: issue.path,
    message: issueMessage(found[index] as ZodIssue, schema, words.says),
  }));
  // A subject may name its source after it ("The assessment record a.json").
  return new ValidationError(schema.notValid({ what: subjectIn(what, schema.subjects) }), issues, {
    cause: error,
    root: words.says.root,
  });
}

/**
 * What the SDK says of what a store holds or did meanwhile (its `stored` words): a stored document that
 * does not match the schema lists its issues, worded again from its cause, the ValidationError.
 */
function storedIn<E>(error: E, words: ErrorWords): E {
  if (!(error instanceof EqiaError) || !error.told || !Object.hasOwn(words.stored, error.told.id))
    return error;
  const { told } = error;
  const invalid = invalidOf(error.cause);
  const issues = invalid && issueLines(schemaIssuesIn(invalid, words).issues, words.says.root);
  const message = wordOf(words.stored, {
    id: told.id,
    values: issues ? { ...told.values, issues } : told.values,
  });
  return Object.assign(Object.create(Object.getPrototypeOf(error)), error, { message, cause: error });
}

/** The ValidationError an error was made from, however often it has been worded since (its causes). */
const invalidOf = (error: unknown): ValidationError | undefined =>
  error instanceof ValidationError ? error : error instanceof EqiaError ? invalidOf(error.cause) : undefined;

type ZodIssue = Parameters<typeof issueMessage>[0];

/** zod's issues in the cause core gave a ValidationError, when they are there, one for each of its issues. */
function zodIssuesOf(error: ValidationError, cause: unknown): ZodIssue[] | undefined {
  const found = (cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(found) && found.length === error.issues.length ? (found as ZodIssue[]) : undefined;
}
