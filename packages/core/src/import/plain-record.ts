import * as z from 'zod/mini';
import { ValidationError } from '../errors.js';
import { recordTold } from '../labels/record-words.js';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { Assessment } from '../schema/assessment.js';
import { Id, type IsoDateTime, type UserId } from '../schema/common.js';
import type { ApprovalStage } from '../schema/profile.js';
import { OutsideSignOff } from '../schema/provenance.js';
import { parseJson } from '../text/json-text.js';
import { parseAssessment, parseWith } from '../validation.js';

/**
 * A plain assessment record, written by hand or by another system: the content of an assessment with no
 * log, no hash chain and nothing that only eqia's lifecycle records (approvals, editors, publication).
 * Strict, so a misspelt field is refused rather than silently dropped.
 */
export const PlainRecord = z.strictObject(
  z.extend(
    z.omit(Assessment, {
      schemaVersion: true,
      id: true,
      revision: true,
      supersedes: true,
      supersededBy: true,
      createdBy: true,
      createdAt: true,
      editors: true,
      approvalChain: true,
      review: true,
      publication: true,
      withdrawal: true,
      provenance: true,
    }),
    {
      $schema: z.optional(z.string()),
      id: z.optional(Id),
      /** For a record signed off outside eqia (imported with --historical): who, in what role, when. */
      signedOff: z.optional(OutsideSignOff),
    },
  ).shape,
);

export type PlainRecord = z.infer<typeof PlainRecord>;

/** Reads a plain record's JSON: errors name each JSON path that is wrong. */
export function parsePlainRecord(json: string, source: string): PlainRecord {
  // Strict: a key no schema knows is refused, not dropped with what it holds.
  return parseWith(PlainRecord, parseJson(json, source), source, { unknownKeys: 'refuse' });
}

export interface ImportedRecordOptions {
  id: string;
  by: UserId;
  at: IsoDateTime;
  /** Where it came from, as recorded: the file name, the other system, or `STANDARD_INPUT`. */
  source: string;
  /** How this language's messages name it (a file as given, "standard input" in words): `source` by default. */
  named?: string;
  /** The record was signed off outside eqia: it must say by whom and when. */
  historical: boolean;
  approvalChain: readonly ApprovalStage[];
}

/** The assessment a plain record becomes, its provenance recorded; a historical one keeps its outside sign-off. */
export function assessmentFromRecord(
  { signedOff, $schema: _schema, id: _id, ...content }: PlainRecord,
  { id, by, at, source, named = source, historical, approvalChain }: ImportedRecordOptions,
): Assessment {
  if (historical && !signedOff) {
    const { message, told } = recordTold('historicalUnsigned', { source: named });
    throw new ValidationError(message, [{ path: 'signedOff', message: says.historicalNeeded }], { told });
  }
  if (!historical && signedOff) {
    const { message, told } = recordTold('signedNotHistorical', { source: named });
    throw new ValidationError(message, [{ path: 'signedOff', message: says.historicalOnly }], { told });
  }
  return parseAssessment({
    ...content,
    schemaVersion: 1,
    id,
    revision: 1,
    createdBy: by,
    createdAt: at,
    approvalChain,
    provenance: { source, importedBy: by, importedAt: at, ...(signedOff && { signedOffOutside: signedOff }) },
  });
}
