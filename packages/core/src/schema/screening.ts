import * as z from 'zod';
import { CharacteristicId, Id, IsoDateTime, Prose, UserId } from './common.js';

export const Relevance = z.enum(['yes', 'no', 'unsure']);

/**
 * How a relevant characteristic is likely to be affected: relevance is not adverse impact. `minor`
 * (adverse, but minor and mitigated) and `positive` do not by themselves call for a full assessment;
 * `major` does (the Equality Commission NI's screening outcomes, and screening practice in Great Britain).
 */
export const LikelyImpact = z.enum(['major', 'minor', 'positive', 'none']);

export const ScreeningAnswer = z.object({
  relevance: Relevance,
  /** For a relevant characteristic: how it is likely to be affected. */
  likelyImpact: LikelyImpact.optional(),
  reason: Prose.default(''),
});

/** Another assessment or document a screening relies on: a parent strategy's EqIA, an integrated assessment. */
export const RelatedAssessment = z.object({
  title: z.string().trim().min(1, 'name the related assessment or document').max(300),
  /** Where to find it: a URL, a file reference, or an eqia assessment id. */
  reference: z.string().max(2000).default(''),
  /** Why it covers this change: what it assessed that this change does not alter. */
  covers: Prose.default(''),
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
  /** The evidence items the screening relied on (ids in the evidence section). */
  evidenceIds: z.array(Id).default([]),
  related: z.array(RelatedAssessment).default([]),
  decision: ScreeningDecision.optional(),
});

export type Relevance = z.infer<typeof Relevance>;
export type LikelyImpact = z.infer<typeof LikelyImpact>;
export type RelatedAssessment = z.infer<typeof RelatedAssessment>;
export type ScreeningAnswer = z.infer<typeof ScreeningAnswer>;
export type ScreeningDecisionKind = z.infer<typeof ScreeningDecisionKind>;
export type ScreeningDecision = z.infer<typeof ScreeningDecision>;
export type Screening = z.infer<typeof Screening>;
