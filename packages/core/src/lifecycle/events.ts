import * as z from 'zod/mini';
import type { EqiaError } from '../errors.js';
import { englishSchemaWords as says } from '../labels/schema-words.js';
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
  path: z.array(z.union([z.string(), z.number().check(z.int(), z.minimum(0))])),
  value: z.optional(z.unknown()),
});

/** Every event carries the acting user and the instant: the machine never reads a clock. */
const meta = { by: Actor, at: IsoDateTime };
const event = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...meta, ...shape });

/** An Ed25519 signature over an event's signed content (audit/signed-content.ts), and the key that made it. */
export const Signature = z.object({
  keyId: z.string().check(z.minLength(1), z.maxLength(100)),
  /** base64url, 64 bytes. */
  value: z.string().check(z.minLength(1), z.maxLength(200)),
});

/**
 * What a sign-off carries beyond its actor: who they were when they signed (so every output names them
 * as they were), and their signature when they have a key.
 */
const signed = { signer: z.optional(Signer), signature: z.optional(Signature) };

export const CreateEvent = event('create', { assessment: Assessment });
export const EditEvent = event('edit', { section: SectionId, patches: z.array(Patch).check(z.minLength(1)) });
export const ScreenEvent = event('screen', {
  decision: ScreeningDecisionKind,
  rationale: z.string().check(z.trim(), z.minLength(1, says.screeningReason), z.maxLength(20_000)),
});
export const SubmitEvent = event('submit', {});
export const WithdrawSubmissionEvent = event('withdrawSubmission', {});
export const CommentEvent = event('comment', {
  comment: z.object({
    id: Id,
    section: SectionId,
    body: z.string().check(z.trim(), z.minLength(1, says.comment), z.maxLength(20_000)),
    replyTo: z.optional(Id),
  }),
});
export const ResolveCommentEvent = event('resolveComment', { commentId: Id });
export const VerdictEvent = event('verdict', {
  section: SectionId,
  verdict: VerdictKind,
  comment: z._default(Prose, ''),
});
export const ApproveEvent = event('approve', {
  stage: Slug,
  /** The stage's attestation as the approver confirmed it. */
  attestation: z.string().check(z.trim(), z.minLength(1, says.attestation), z.maxLength(20_000)),
  comment: z._default(Prose, ''),
  ...signed,
});
export const RequestChangesEvent = event('requestChanges', {
  stage: Slug,
  comment: z.string().check(z.trim(), z.minLength(1, says.changesNeeded), z.maxLength(20_000)),
  signer: z.optional(Signer),
});
export const PublishEvent = event('publish', {
  location: Publication.shape.location,
  format: Publication.shape.format,
  ...signed,
});
export const ReaffirmEvent = event('reaffirm', {
  nextReviewDate: IsoDate,
  note: z._default(Prose, ''),
  ...signed,
});
export const StartRevisionEvent = event('startRevision', { revisionId: Id });
export const SupersedeEvent = event('supersede', { supersededBy: Id });
export const WithdrawEvent = event('withdraw', {
  reason: z.string().check(z.trim(), z.minLength(1, says.abandonReason), z.maxLength(20_000)),
});
export const UpdateActionEvent = event('updateAction', {
  actionId: Id,
  status: ActionStatus,
  note: z._default(Prose, ''),
});
export const AddMonitoringNoteEvent = event('addMonitoringNote', {
  note: z.string().check(z.trim(), z.minLength(1, says.note), z.maxLength(20_000)),
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
/**
 * The events the machine handles; `create` starts a log rather than moving a machine. An edit may come
 * with its patches already applied (`applied`: the assessment after them, or why they cannot be), so
 * that the guard judges and the action keeps one application rather than making two.
 */
export type MachineEvent =
  | Exclude<AssessmentEvent, CreateEvent | EventOf<'edit'>>
  | (EventOf<'edit'> & { applied?: Assessment | EqiaError });
/** What a caller writes: payload defaults may be left out. */
export type AssessmentEventInput = z.input<typeof AssessmentEvent>;

export const assessmentEventTypes = AssessmentEvent.def.options.map(
  (option) => option.shape.type.def.values[0],
);
