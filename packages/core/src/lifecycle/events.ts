import * as z from 'zod';
import { ActionStatus } from '../schema/action.js';
import { Assessment } from '../schema/assessment.js';
import { Id, IsoDate, IsoDateTime, Prose, Signer, Slug, UserId } from '../schema/common.js';
import { Role } from '../schema/profile.js';
import { Publication } from '../schema/publication.js';
import { VerdictKind } from '../schema/review.js';
import { ScreeningDecisionKind } from '../schema/screening.js';
import { SectionId } from '../schema/section.js';

/**
 * Who acted, with the roles they held at that moment. Roles travel on the event so that replaying a log
 * gives the same answer after the profile changes (someone promoted, someone leaving).
 */
export const Actor = z.object({
  id: UserId,
  roles: z.array(Role),
});

/** One immer patch. Its path is relative to the assessment; an edit's patches all start with its section. */
export const Patch = z.object({
  op: z.enum(['add', 'remove', 'replace']),
  path: z.array(z.union([z.string(), z.number().int().min(0)])),
  value: z.unknown().optional(),
});

/** Every event carries the acting user and the instant: the machine never reads a clock. */
const meta = { by: Actor, at: IsoDateTime };
const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...meta, ...shape });

/** An Ed25519 signature over an event's signed content (audit/signed-content.ts), and the key that made it. */
export const Signature = z.object({
  keyId: z.string().min(1).max(100),
  /** base64url, 64 bytes. */
  value: z.string().min(1).max(200),
});

/**
 * What a sign-off carries beyond its actor: who they were when they signed (so every output names them
 * as they were), and their signature when they have a key.
 */
const signed = { signer: Signer.optional(), signature: Signature.optional() };

export const CreateEvent = event('create', { assessment: Assessment });
export const EditEvent = event('edit', { section: SectionId, patches: z.array(Patch).min(1) });
export const ScreenEvent = event('screen', {
  decision: ScreeningDecisionKind,
  rationale: z.string().trim().min(1, 'give the reason for the screening decision').max(20_000),
});
export const SubmitEvent = event('submit', {});
export const WithdrawSubmissionEvent = event('withdrawSubmission', {});
export const CommentEvent = event('comment', {
  comment: z.object({
    id: Id,
    section: SectionId,
    body: z.string().trim().min(1, 'write the comment').max(20_000),
    replyTo: Id.optional(),
  }),
});
export const ResolveCommentEvent = event('resolveComment', { commentId: Id });
export const VerdictEvent = event('verdict', {
  section: SectionId,
  verdict: VerdictKind,
  comment: Prose.default(''),
});
export const ApproveEvent = event('approve', {
  stage: Slug,
  /** The stage's attestation as the approver confirmed it. */
  attestation: z.string().trim().min(1, 'give the attestation the approver confirms').max(20_000),
  comment: Prose.default(''),
  ...signed,
});
export const RequestChangesEvent = event('requestChanges', {
  stage: Slug,
  comment: z.string().trim().min(1, 'say what needs to change').max(20_000),
  signer: Signer.optional(),
});
export const PublishEvent = event('publish', {
  location: Publication.shape.location,
  format: Publication.shape.format,
  ...signed,
});
export const ReaffirmEvent = event('reaffirm', {
  nextReviewDate: IsoDate,
  note: Prose.default(''),
  ...signed,
});
export const StartRevisionEvent = event('startRevision', { revisionId: Id });
export const SupersedeEvent = event('supersede', { supersededBy: Id });
export const WithdrawEvent = event('withdraw', {
  reason: z.string().trim().min(1, 'give the reason the policy was abandoned').max(20_000),
});
export const UpdateActionEvent = event('updateAction', {
  actionId: Id,
  status: ActionStatus,
  note: Prose.default(''),
});
export const AddMonitoringNoteEvent = event('addMonitoringNote', {
  note: z.string().trim().min(1, 'write the note').max(20_000),
});

/** Everything that can happen to an assessment. The log is a list of these; replay folds them. */
export const AssessmentEvent = z.discriminatedUnion('type', [
  CreateEvent,
  EditEvent,
  ScreenEvent,
  SubmitEvent,
  WithdrawSubmissionEvent,
  CommentEvent,
  ResolveCommentEvent,
  VerdictEvent,
  ApproveEvent,
  RequestChangesEvent,
  PublishEvent,
  ReaffirmEvent,
  StartRevisionEvent,
  SupersedeEvent,
  WithdrawEvent,
  UpdateActionEvent,
  AddMonitoringNoteEvent,
]);

export type Actor = z.infer<typeof Actor>;
export type Signature = z.infer<typeof Signature>;
export type Patch = z.infer<typeof Patch>;
export type AssessmentEvent = z.infer<typeof AssessmentEvent>;
export type AssessmentEventType = AssessmentEvent['type'];
/** The event of one type, e.g. `EventOf<'approve'>`. */
export type EventOf<T extends AssessmentEventType> = Extract<AssessmentEvent, { type: T }>;
export type CreateEvent = EventOf<'create'>;
/** The events the machine handles; `create` starts a log rather than moving a machine. */
export type MachineEvent = Exclude<AssessmentEvent, CreateEvent>;
/** What a caller writes: payload defaults may be left out. */
export type AssessmentEventInput = z.input<typeof AssessmentEvent>;

export const assessmentEventTypes = AssessmentEvent.options.map((option) => option.shape.type.value);
