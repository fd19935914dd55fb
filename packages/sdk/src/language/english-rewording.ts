import { englishJsonWords } from '@eqia/core/json';
import { englishSchemaIssues, englishSchemaWords, type SchemaWords } from '@eqia/core/light';
import { englishSchemaSubjects } from './schema-subjects.js';
import { englishStoreErrors } from './store-errors.js';

/**
 * The English of what a client in another language words again: catalogues that the English client
 * never reads (core's English messages are returned as they are), so that no page loads them at once.
 * They give each language's catalogue its shape (`ErrorWords`, errors.ts) and the translators' review
 * its English (welsh-review.ts, which loads this file on demand). A new one is registered here, by a
 * key of the same name in every language's `ErrorWords` (cy-errors.ts).
 */
export const englishRewording = {
  /** What a schema says of bad input (a ValidationError's issues, from zod). */
  schema: { ...englishSchemaIssues, ...englishSchemaSubjects },
  /** What core's schemas say themselves ("give the policy a title"), lent by core's catalogue. */
  says: englishSchemaWords as SchemaWords,
  /** Text that is not JSON (a ValidationError told by core's `parseJson`). */
  json: englishJsonWords,
  /** What a store says when it cannot do its work (a store error's `told`, from its adapter). */
  store: englishStoreErrors,
};
