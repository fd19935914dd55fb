import * as z from 'zod';
import { outcomeKinds } from '../outcome-kinds.js';
import { Prose } from './common.js';

/** The four EHRC outcomes of an assessment. */
export const OutcomeKind = z.enum(outcomeKinds);

export const Outcome = z.object({
  kind: OutcomeKind,
  rationale: Prose.default(''),
  /** For `continue`: objective justification — a legitimate aim… */
  legitimateAim: Prose.default(''),
  /** …no less harmful way to achieve it… */
  alternativesConsidered: Prose.default(''),
  /** …and proportionate, necessary and appropriate means. */
  proportionality: Prose.default(''),
});

export type OutcomeKind = z.infer<typeof OutcomeKind>;
export type Outcome = z.infer<typeof Outcome>;
