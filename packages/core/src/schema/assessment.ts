import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
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
import { WelshSources, WelshText } from './welsh.js';

export const ASSESSMENT_SCHEMA_VERSION = 1;

export const Withdrawal = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, says.abandonReason)),
  by: UserId,
  at: IsoDateTime,
});

/** One revision of one equality impact assessment. */
export const Assessment = z.object({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  id: Id,
  revision: z.number().check(z.int(), z.minimum(1)),
  /** The id of the revision this one replaces. */
  supersedes: z.optional(Id),
  /** Set on the old revision when a newer one is signed off. */
  supersededBy: z.optional(Id),
  createdBy: UserId,
  createdAt: IsoDateTime,
  /**
   * Everyone who has recorded an edit of this assessment, in order of their first edit: the lifecycle
   * adds them, so the rule that nobody reviews content they edited needs no log.
   */
  editors: z._default(z.array(UserId), []),
  /** The profile's approval chain when the assessment was created: later profile edits do not move it. */
  approvalChain: z.array(ApprovalStage).check(z.minLength(1)),
  policy: Policy,
  decision: z.prefault(Decision, {}),
  screening: z.prefault(Screening, {}),
  evidence: z.prefault(Evidence, {}),
  engagement: z._default(z.array(Engagement), []),
  analysis: z._default(Analysis, {}),
  intersectionality: z.prefault(Intersectionality, {}),
  generalDuty: z.prefault(GeneralDuty, {}),
  outcome: z.optional(Outcome),
  actions: z._default(z.array(Action), []),
  monitoring: z.prefault(Monitoring, {}),
  review: z.prefault(Review, {}),
  publication: z.optional(Publication),
  withdrawal: z.optional(Withdrawal),
  /** Set on an assessment imported from a plain record written elsewhere. */
  provenance: z.optional(Provenance),
  notes: z._default(Prose, ''),
  /**
   * The Welsh versions of the content's text fields, by text key (`policy/aims`): a body that publishes
   * in Welsh writes them beside the English. Edited with the section each field belongs to.
   */
  welsh: z.optional(WelshText),
  /** The fingerprint of the English each Welsh version was written for, by text key (see WelshSources). */
  welshOf: z.optional(WelshSources),
});

export type Withdrawal = z.infer<typeof Withdrawal>;
export type Assessment = z.infer<typeof Assessment>;
/** What a caller writes: defaults may be left out. */
export type AssessmentInput = z.input<typeof Assessment>;
