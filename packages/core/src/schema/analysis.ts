import * as z from 'zod/mini';
import { CharacteristicId, Id, Prose } from './common.js';
import { Impact } from './impact.js';

/**
 * `not_assessed` is the default and never means "neutral": a characteristic nobody looked at is
 * reported as not assessed, and blocks submission.
 */
export const AnalysisStatus = z.enum(['not_assessed', 'no_impact', 'impacts_identified']);

export const CharacteristicAnalysis = z.object({
  status: z._default(AnalysisStatus, 'not_assessed'),
  /** Why the conclusion holds: required for `no_impact`, and it must be specific to this characteristic. */
  reasoning: z._default(Prose, ''),
  evidenceIds: z._default(z.array(Id), []),
  gapIds: z._default(z.array(Id), []),
  impacts: z._default(z.array(Impact), []),
});

/** One analysis per characteristic of the profile, keyed by characteristic id. */
export const Analysis = z.record(CharacteristicId, CharacteristicAnalysis);

export type AnalysisStatus = z.infer<typeof AnalysisStatus>;
export type CharacteristicAnalysis = z.infer<typeof CharacteristicAnalysis>;
export type Analysis = z.infer<typeof Analysis>;
