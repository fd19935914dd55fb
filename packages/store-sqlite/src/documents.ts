import type { AssessmentSummary, EqualityDataEntry, PersistedSnapshot, Profile } from '@eqia/core/light';
import type { ReadDigest } from '@eqia/sdk/light';
import { digestProblem, profileProblem, snapshotProblem, summaryProblem } from '@eqia/sdk/light';
import { damaged } from './errors.js';

/**
 * The JSON documents of a row, read back. One that is not JSON, or not shaped as eqia writes it (a row
 * edited by hand, say), is damage to the file: a StoreCorruptError naming the row, and the file is left
 * as it is. Reads never rewrite what they find.
 */
function parse(file: string, what: string, text: string, problemOf: (value: unknown) => string | undefined) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw damaged(file, `holds ${what} that is not JSON (${(error as Error).message})`, error);
  }
  const problem = problemOf(value);
  if (problem) {
    const id = (value as { id?: unknown } | null)?.id;
    const named = typeof id === 'string' ? ` (id "${id}")` : '';
    const where = problem.startsWith('is ') ? `it ${problem}` : problem;
    throw damaged(file, `holds ${what}${named} that is not shaped as eqia writes it: ${where}`);
  }
  return value;
}

const anyJson = () => undefined;

export const summaryOf = (file: string, text: string): AssessmentSummary =>
  parse(file, 'an assessment summary', text, summaryProblem) as AssessmentSummary;

export const snapshotOf = (file: string, id: string, text: string): PersistedSnapshot =>
  parse(file, `the snapshot of "${id}"`, text, snapshotProblem) as PersistedSnapshot;

export const digestOf = (file: string, id: string, text: string): ReadDigest =>
  parse(file, `the digest of "${id}"`, text, digestProblem) as ReadDigest;

export const eventOf = (file: string, id: string, seq: number, text: string): unknown =>
  parse(file, `event ${seq} of "${id}"`, text, anyJson);

export const profileOf = (file: string, text: string): Profile =>
  parse(file, 'the profile', text, profileProblem) as Profile;

export const equalityDataOf = (file: string, seq: number, text: string): EqualityDataEntry =>
  parse(file, `equality data import ${seq}`, text, anyJson) as EqualityDataEntry;
