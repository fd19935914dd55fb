import {
  type AssessmentSummary,
  type EqualityDataEntry,
  freezeParsed,
  type PersistedSnapshot,
  type Profile,
  schemaTyped,
} from '@eqia/core/light';
import type { ReadDigest } from '@eqia/sdk/light';
import { storedDocuments } from '@eqia/sdk/light';
import { damaged, remedy } from './errors.js';

/**
 * The JSON documents of a row, read back. One that is not JSON, or not shaped as eqia writes it (a row
 * edited by hand, say), is damage to the file: a StoreCorruptError naming the row, and the file is left
 * as it is. Reads never rewrite what they find.
 */
function parse(file: string, what: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw damaged(file, `holds ${what} that is not JSON (${(error as Error).message})`, error);
  }
}

// One store's checkers, made once for its file: a whole-store read checks each of 100,000 rows.
let checkers: { file: string; documents: ReturnType<typeof storedDocuments> } | undefined;
const checked = (file: string) => {
  if (checkers?.file !== file) checkers = { file, documents: storedDocuments(file, remedy(file)) };
  return checkers.documents;
};

/**
 * `null`: the assessment's row has no summary beside it (assessment_list holds the summaries). Frozen
 * here, where it is known to be JSON's, so the client's freezing of a list stops at each summary.
 */
export const summaryOf = (file: string, text: string | null): AssessmentSummary => {
  if (text === null) throw damaged(file, 'holds an assessment whose summary is missing from assessment_list');
  return schemaTyped<AssessmentSummary>(
    freezeParsed(checked(file).summary(parse(file, 'an assessment summary', text))),
  );
};

export const snapshotOf = (file: string, id: string, text: string): PersistedSnapshot =>
  checked(file).snapshot(id, parse(file, `the snapshot of "${id}"`, text));

export const digestOf = (file: string, id: string, text: string): ReadDigest =>
  checked(file).digest(id, parse(file, `the digest of "${id}"`, text));

export const eventOf = (file: string, id: string, seq: number, text: string): unknown =>
  parse(file, `event ${seq} of "${id}"`, text);

export const profileOf = (file: string, text: string): Profile =>
  checked(file).profile(parse(file, 'the profile', text));

export const equalityDataOf = (file: string, seq: number, text: string): EqualityDataEntry =>
  parse(file, `equality data import ${seq}`, text) as EqualityDataEntry;
