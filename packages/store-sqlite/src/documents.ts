import { notJsonAt } from '@eqia/core/json';
import {
  type AssessmentSummary,
  type EqualityDataEntry,
  freezeParsed,
  type PeriodFacts,
  type PersistedSnapshot,
  type Profile,
  schemaTyped,
} from '@eqia/core/light';
import type { ReadDigest } from '@eqia/sdk/light';
import { storedDocuments } from '@eqia/sdk/light';
import { damagedAs, remedy } from './errors.js';

type Unparsed =
  | 'summaryNotJson'
  | 'snapshotNotJson'
  | 'digestNotJson'
  | 'eventNotJson'
  | 'profileNotJson'
  | 'equalityDataNotJson';

/**
 * The JSON documents of a row, read back. One that is not JSON, or not shaped as eqia writes it (a row
 * edited by hand, say), is damage to the file: a StoreCorruptError naming the row and where its JSON
 * breaks, and the file is left as it is. Reads never rewrite what they find.
 */
function parse(file: string, text: string, what: Unparsed, row: { id?: string; seq?: string } = {}): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const { line = '1', column = '1' } = notJsonAt(text).values;
    throw damagedAs(file, what, error, { file, line, column, ...row });
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
  if (text === null) throw damagedAs(file, 'summaryMissing');
  return schemaTyped<AssessmentSummary>(
    freezeParsed(checked(file).summary(parse(file, text, 'summaryNotJson'))),
  );
};

export const snapshotOf = (file: string, id: string, text: string): PersistedSnapshot =>
  checked(file).snapshot(id, parse(file, text, 'snapshotNotJson', { id }));

export const digestOf = (file: string, id: string, text: string): ReadDigest =>
  checked(file).digest(id, parse(file, text, 'digestNotJson', { id }));

/** A current digest's annual part without its actions, as the annual answer reads the period's. */
export const periodFactsOf = (file: string, id: string, text: string): PeriodFacts =>
  checked(file).periodDigest(id, parse(file, text, 'digestNotJson', { id })).annual;

export const eventOf = (file: string, id: string, seq: number, text: string): unknown =>
  parse(file, text, 'eventNotJson', { id, seq: String(seq) });

export const profileOf = (file: string, text: string): Profile =>
  checked(file).profile(parse(file, text, 'profileNotJson'));

export const equalityDataOf = (file: string, seq: number, text: string): EqualityDataEntry =>
  parse(file, text, 'equalityDataNotJson', { seq: String(seq) }) as EqualityDataEntry;
