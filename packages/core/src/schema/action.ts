import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { Id, IsoDate, IsoDateTime, Prose, UserId } from './common.js';

export const ActionStatus = z.enum(['open', 'in_progress', 'done', 'dropped']);

/** A status change on an action, kept so the action plan has its own history after sign-off. */
export const ActionUpdate = z.object({
  status: ActionStatus,
  note: z._default(Prose, ''),
  by: UserId,
  at: IsoDateTime,
});

/** What an action is: a text field, so a body publishing in Welsh gives it a Welsh version too. */
export const ActionDescription = z
  .string()
  .check(z.trim(), z.minLength(1, says.actionDescription), z.maxLength(2000));

export const Action = z.object({
  id: Id,
  description: ActionDescription,
  impactIds: z._default(z.array(Id), []),
  gapIds: z._default(z.array(Id), []),
  owner: z._default(z.string().check(z.maxLength(200)), ''),
  dueDate: z.optional(IsoDate),
  /** How we will know the action worked. */
  measure: z._default(Prose, ''),
  status: z._default(ActionStatus, 'open'),
  /** The equality objective this action serves, when it serves one: the annual report counts it there. */
  objectiveId: z.optional(Id),
  updates: z._default(z.array(ActionUpdate), []),
});

export type ActionStatus = z.infer<typeof ActionStatus>;
export type ActionUpdate = z.infer<typeof ActionUpdate>;
export type Action = z.infer<typeof Action>;
