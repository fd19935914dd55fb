import * as z from 'zod';
import { Id, IsoDateTime, Prose, Signer, Slug, UserId } from './common.js';
import { SectionId } from './section.js';

export const VerdictKind = z.enum(['acceptable', 'improvable', 'to_correct']);

/** A reviewer's verdict on one section; the latest per section and reviewer stands. */
export const SectionVerdict = z.object({
  section: SectionId,
  verdict: VerdictKind,
  comment: Prose.default(''),
  by: UserId,
  at: IsoDateTime,
});

/** A comment anchored to a section, optionally replying to another; kept when changes are requested. */
export const ReviewComment = z.object({
  id: Id,
  section: SectionId,
  body: z.string().trim().min(1, 'write the comment').max(20_000),
  by: UserId,
  at: IsoDateTime,
  replyTo: Id.optional(),
  resolvedBy: UserId.optional(),
  resolvedAt: IsoDateTime.optional(),
});

export const ApprovalDecision = z.enum(['approved', 'changes_requested']);

/** One approval stage's decision: who, in which role, when, and what they attested. */
export const Approval = z.object({
  stage: Slug,
  decision: ApprovalDecision,
  by: UserId,
  role: Slug,
  at: IsoDateTime,
  attestation: Prose.default(''),
  comment: Prose.default(''),
  /** The approver as they were when they decided. */
  signer: Signer.optional(),
});

export const Review = z.object({
  verdicts: z.array(SectionVerdict).default([]),
  comments: z.array(ReviewComment).default([]),
  approvals: z.array(Approval).default([]),
});

export type VerdictKind = z.infer<typeof VerdictKind>;
export type SectionVerdict = z.infer<typeof SectionVerdict>;
export type ReviewComment = z.infer<typeof ReviewComment>;
export type ApprovalDecision = z.infer<typeof ApprovalDecision>;
export type Approval = z.infer<typeof Approval>;
export type Review = z.infer<typeof Review>;
