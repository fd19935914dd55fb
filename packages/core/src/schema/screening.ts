import * as z from 'zod';
import { CharacteristicId, IsoDateTime, Prose, UserId } from './common.js';

export const Relevance = z.enum(['yes', 'no', 'unsure']);

export const ScreeningAnswer = z.object({
  relevance: Relevance,
  reason: Prose.default(''),
});

export const ScreeningDecisionKind = z.enum(['full_assessment', 'not_required']);

export const ScreeningDecision = z.object({
  kind: ScreeningDecisionKind,
  rationale: Prose,
  decidedBy: UserId,
  decidedAt: IsoDateTime,
});

/** Is the policy relevant to each characteristic, and does it need a full assessment? */
export const Screening = z.object({
  answers: z.record(CharacteristicId, ScreeningAnswer).default({}),
  decision: ScreeningDecision.optional(),
});

export type Relevance = z.infer<typeof Relevance>;
export type ScreeningAnswer = z.infer<typeof ScreeningAnswer>;
export type ScreeningDecisionKind = z.infer<typeof ScreeningDecisionKind>;
export type ScreeningDecision = z.infer<typeof ScreeningDecision>;
export type Screening = z.infer<typeof Screening>;
