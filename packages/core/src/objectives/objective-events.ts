import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { Actor } from '../lifecycle/events.js';
import { Id, IsoDateTime, Prose, Slug } from '../schema/common.js';
import { ApprovalStage } from '../schema/profile.js';
import { ObjectiveChanges, ObjectiveContent, ProgressUpdate } from './objective.js';

/** Every event carries who acted, with the roles they held then, and when: replay never reads a clock. */
const meta = { by: Actor, at: IsoDateTime };
const event = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...meta, ...shape });

export const CreateObjectiveEvent = event('createObjective', {
  id: Id,
  content: ObjectiveContent,
  approvalChain: z.array(ApprovalStage).check(z.minLength(1)),
});
/** Replaces the fields given; the plan (milestones, actions) may change after approval, nothing else. */
export const EditObjectiveEvent = event('editObjective', { changes: ObjectiveChanges });
export const SubmitObjectiveEvent = event('submitObjective', {});
export const ApproveObjectiveEvent = event('approveObjective', {
  stage: Slug,
  comment: z._default(Prose, ''),
});
export const RequestObjectiveChangesEvent = event('requestObjectiveChanges', {
  stage: Slug,
  reason: z.string().check(z.trim(), z.minLength(1, says.changeReason), z.maxLength(20_000)),
});
export const RecordProgressEvent = event('recordProgress', { update: ProgressUpdate });
export const CloseObjectiveEvent = event('closeObjective', {
  outcome: z.enum(['met', 'closed', 'superseded']),
  note: z.string().check(z.trim(), z.minLength(1, says.endNote), z.maxLength(20_000)),
  supersededBy: z.optional(Id),
});

export const ObjectiveEvent = z.discriminatedUnion('type', [
  CreateObjectiveEvent,
  EditObjectiveEvent,
  SubmitObjectiveEvent,
  ApproveObjectiveEvent,
  RequestObjectiveChangesEvent,
  RecordProgressEvent,
  CloseObjectiveEvent,
]);

export type ObjectiveEvent = z.infer<typeof ObjectiveEvent>;
export type ObjectiveEventType = ObjectiveEvent['type'];
export type ObjectiveEventOf<T extends ObjectiveEventType> = Extract<ObjectiveEvent, { type: T }>;
