import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { Id, IsoDateTime, Prose, Signer, Slug, UserId } from './common.js';
import { SectionId } from './section.js';

export const VerdictKind = z.enum(['acceptable', 'improvable', 'to_correct']);

/** A reviewer's verdict on one section; the latest per section and reviewer stands. */
export const SectionVerdict = z.object({
  section: SectionId,
  verdict: VerdictKind,
  comment: z._default(Prose, ''),
  by: UserId,
  at: IsoDateTime,
});

/** A comment anchored to a section, optionally replying to another; kept when changes are requested. */
export const ReviewComment = z.object({
  id: Id,
  section: SectionId,
  body: z.string().check(z.trim(), z.minLength(1, says.comment), z.maxLength(20_000)),
  by: UserId,
  at: IsoDateTime,
  replyTo: z.optional(Id),
  resolvedBy: z.optional(UserId),
  resolvedAt: z.optional(IsoDateTime),
});

export const ApprovalDecision = z.enum(['approved', 'changes_requested']);

/** One approval stage's decision: who, in which role, when, and what they attested. */
export const Approval = z.object({
  stage: Slug,
  decision: ApprovalDecision,
  by: UserId,
  role: Slug,
  at: IsoDateTime,
  attestation: z._default(Prose, ''),
  comment: z._default(Prose, ''),
  /** The approver as they were when they decided. */
  signer: z.optional(Signer),
});

export const Review = z.object({
  verdicts: z._default(z.array(SectionVerdict), []),
  comments: z._default(z.array(ReviewComment), []),
  approvals: z._default(z.array(Approval), []),
});

export type VerdictKind = z.infer<typeof VerdictKind>;
export type SectionVerdict = z.infer<typeof SectionVerdict>;
export type ReviewComment = z.infer<typeof ReviewComment>;
export type ApprovalDecision = z.infer<typeof ApprovalDecision>;
export type Approval = z.infer<typeof Approval>;
export type Review = z.infer<typeof Review>;
