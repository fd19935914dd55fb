import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
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
  likelyImpact: z.optional(LikelyImpact),
  reason: z._default(Prose, ''),
});

/** Another assessment or document a screening relies on: a parent strategy's EqIA, an integrated assessment. */
export const RelatedAssessment = z.object({
  title: z.string().check(z.trim(), z.minLength(1, says.relatedTitle), z.maxLength(300)),
  /** Where to find it: a URL, a file reference, or an eqia assessment id. */
  reference: z._default(z.string().check(z.maxLength(2000)), ''),
  /** Why it covers this change: what it assessed that this change does not alter. */
  covers: z._default(Prose, ''),
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
  answers: z._default(z.record(CharacteristicId, ScreeningAnswer), {}),
  /** The evidence items the screening relied on (ids in the evidence section). */
  evidenceIds: z._default(z.array(Id), []),
  related: z._default(z.array(RelatedAssessment), []),
  decision: z.optional(ScreeningDecision),
});

export type Relevance = z.infer<typeof Relevance>;
export type LikelyImpact = z.infer<typeof LikelyImpact>;
export type RelatedAssessment = z.infer<typeof RelatedAssessment>;
export type ScreeningAnswer = z.infer<typeof ScreeningAnswer>;
export type ScreeningDecisionKind = z.infer<typeof ScreeningDecisionKind>;
export type ScreeningDecision = z.infer<typeof ScreeningDecision>;
export type Screening = z.infer<typeof Screening>;
