import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { Prose } from '../schema/common.js';
import { EnglishFingerprint } from '../schema/welsh.js';

/**
 * The parts of an objective that hold what its people write, in the order a reader meets them: where
 * its text keys start. Its status, owner, dates and numbers are not words to translate.
 */
export const objectiveTextParts = [
  'title',
  'statement',
  'rationale',
  'evidence',
  'engagement',
  'measures',
  'milestones',
  'actions',
  'updates',
  'closingNote',
] as const;

/**
 * Where the Welsh version of an objective's text field is kept: its path from the objective, segments
 * joined by "/", list items named by id, as an assessment's text keys are (`statement`,
 * `milestones/ms-1/description`, `updates/update-2026-03-31-ab12/narrative`).
 */
export const ObjectiveTextKey = z
  .string()
  .check(
    z.maxLength(400),
    z.regex(new RegExp(`^(${objectiveTextParts.join('|')})(/[^/]+)*$`), says.objectiveTextKey),
  );

/** The Welsh versions of an objective's text fields, by text key, kept apart from the fields. */
export const ObjectiveWelshText = z.record(ObjectiveTextKey, Prose);
/** For each Welsh version, the fingerprint of the English it was written for. */
export const ObjectiveWelshSources = z.record(ObjectiveTextKey, EnglishFingerprint);

export type ObjectiveTextKey = z.infer<typeof ObjectiveTextKey>;
export type ObjectiveWelshText = z.infer<typeof ObjectiveWelshText>;
export type ObjectiveWelshSources = z.infer<typeof ObjectiveWelshSources>;
