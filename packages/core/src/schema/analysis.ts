import * as z from 'zod';
import { CharacteristicId, Id, Prose } from './common.js';
import { Impact } from './impact.js';

/**
 * `not_assessed` is the default and never means "neutral": a characteristic nobody looked at is
 * reported as not assessed, and blocks submission.
 */
export const AnalysisStatus = z.enum(['not_assessed', 'no_impact', 'impacts_identified']);

export const CharacteristicAnalysis = z.object({
  status: AnalysisStatus.default('not_assessed'),
  /** Why the conclusion holds: required for `no_impact`, and it must be specific to this characteristic. */
  reasoning: Prose.default(''),
  evidenceIds: z.array(Id).default([]),
  gapIds: z.array(Id).default([]),
  impacts: z.array(Impact).default([]),
});

/** One analysis per characteristic of the profile, keyed by characteristic id. */
export const Analysis = z.record(CharacteristicId, CharacteristicAnalysis);

export type AnalysisStatus = z.infer<typeof AnalysisStatus>;
export type CharacteristicAnalysis = z.infer<typeof CharacteristicAnalysis>;
export type Analysis = z.infer<typeof Analysis>;
