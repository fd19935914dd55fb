import * as z from 'zod';
import { Action } from './action.js';
import { Analysis } from './analysis.js';
import { Id, IsoDateTime, Prose, UserId } from './common.js';
import { Decision } from './decision.js';
import { Engagement } from './engagement.js';
import { Evidence } from './evidence.js';
import { GeneralDuty } from './general-duty.js';
import { Intersectionality } from './intersectionality.js';
import { Monitoring } from './monitoring.js';
import { Outcome } from './outcome.js';
import { Policy } from './policy.js';
import { ApprovalStage } from './profile.js';
import { Provenance } from './provenance.js';
import { Publication } from './publication.js';
import { Review } from './review.js';
import { Screening } from './screening.js';

export const ASSESSMENT_SCHEMA_VERSION = 1;

export const Withdrawal = z.object({
  reason: z.string().trim().min(1, 'give the reason the policy was abandoned'),
  by: UserId,
  at: IsoDateTime,
});

/** One revision of one equality impact assessment. */
export const Assessment = z.object({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  id: Id,
  revision: z.number().int().min(1),
  /** The id of the revision this one replaces. */
  supersedes: Id.optional(),
  /** Set on the old revision when a newer one is signed off. */
  supersededBy: Id.optional(),
  createdBy: UserId,
  createdAt: IsoDateTime,
  /**
   * Everyone who has recorded an edit of this assessment, in order of their first edit: the lifecycle
   * adds them, so the rule that nobody reviews content they edited needs no log.
   */
  editors: z.array(UserId).default([]),
  /** The profile's approval chain when the assessment was created: later profile edits do not move it. */
  approvalChain: z.array(ApprovalStage).min(1),
  policy: Policy,
  decision: Decision.prefault({}),
  screening: Screening.prefault({}),
  evidence: Evidence.prefault({}),
  engagement: z.array(Engagement).default([]),
  analysis: Analysis.default({}),
  intersectionality: Intersectionality.prefault({}),
  generalDuty: GeneralDuty.prefault({}),
  outcome: Outcome.optional(),
  actions: z.array(Action).default([]),
  monitoring: Monitoring.prefault({}),
  review: Review.prefault({}),
  publication: Publication.optional(),
  withdrawal: Withdrawal.optional(),
  /** Set on an assessment imported from a plain record written elsewhere. */
  provenance: Provenance.optional(),
  notes: Prose.default(''),
});

export type Withdrawal = z.infer<typeof Withdrawal>;
export type Assessment = z.infer<typeof Assessment>;
/** What a caller writes: defaults may be left out. */
export type AssessmentInput = z.input<typeof Assessment>;
