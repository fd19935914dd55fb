import * as z from 'zod/mini';
import { outcomeKinds } from '../outcome-kinds.js';
import { Prose } from './common.js';

/** The four EHRC outcomes of an assessment. */
export const OutcomeKind = z.enum(outcomeKinds);

export const Outcome = z.object({
  kind: OutcomeKind,
  rationale: z._default(Prose, ''),
  /** For `continue`: objective justification — a legitimate aim… */
  legitimateAim: z._default(Prose, ''),
  /** …no less harmful way to achieve it… */
  alternativesConsidered: z._default(Prose, ''),
  /** …and proportionate, necessary and appropriate means. */
  proportionality: z._default(Prose, ''),
});

export type OutcomeKind = z.infer<typeof OutcomeKind>;
export type Outcome = z.infer<typeof Outcome>;
