import * as z from 'zod';
import { Id, IsoDate, IsoDateTime, Prose, UserId } from './common.js';

export const ActionStatus = z.enum(['open', 'in_progress', 'done', 'dropped']);

/** A status change on an action, kept so the action plan has its own history after sign-off. */
export const ActionUpdate = z.object({
  status: ActionStatus,
  note: Prose.default(''),
  by: UserId,
  at: IsoDateTime,
});

export const Action = z.object({
  id: Id,
  description: z.string().trim().min(1, 'describe the action').max(2000),
  impactIds: z.array(Id).default([]),
  gapIds: z.array(Id).default([]),
  owner: z.string().max(200).default(''),
  dueDate: IsoDate.optional(),
  /** How we will know the action worked. */
  measure: Prose.default(''),
  status: ActionStatus.default('open'),
  /** The equality objective this action serves, when it serves one: the annual report counts it there. */
  objectiveId: Id.optional(),
  updates: z.array(ActionUpdate).default([]),
});

export type ActionStatus = z.infer<typeof ActionStatus>;
export type ActionUpdate = z.infer<typeof ActionUpdate>;
export type Action = z.infer<typeof Action>;
