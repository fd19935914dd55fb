import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { ActionStatus } from '../schema/action.js';
import { CharacteristicId, Id, IsoDate, IsoDateTime, Prose, Slug, UserId } from '../schema/common.js';
import { Engagement } from '../schema/engagement.js';
import { EvidenceItem } from '../schema/evidence.js';
import { ApprovalStage } from '../schema/profile.js';
import { ObjectiveWelshSources, ObjectiveWelshText } from './objective-text-key.js';

/**
 * Where an objective is. Draft until the approval chain (the Board) approves it, in progress once the
 * first progress update is recorded, then ended one of three ways.
 */
export const ObjectiveStatus = z.enum([
  'draft',
  'awaiting_approval',
  'approved',
  'in_progress',
  'met',
  'closed',
  'superseded',
]);

/** Red, amber, green: how an owner rates progress in an update to the Board. */
export const Rag = z.enum(['red', 'amber', 'green']);

/** How success is measured: an indicator with its baseline and target, where the data comes from. */
export const SuccessMeasure = z.object({
  id: Id,
  indicator: z.string().check(z.trim(), z.minLength(1, says.indicator), z.maxLength(300)),
  unit: z._default(z.string().check(z.maxLength(40)), ''),
  baseline: z.optional(z.number()),
  target: z.number(),
  /** Whether the target is reached by going up (representation) or down (a gap, a wait). */
  better: z._default(z.enum(['higher', 'lower']), 'higher'),
  dataSource: z._default(z.string().check(z.maxLength(300)), ''),
  frequency: z._default(z.string().check(z.maxLength(100)), ''),
});

/** A step of the objective's plan, owned and dated. */
export const Milestone = z.object({
  id: Id,
  description: z.string().check(z.trim(), z.minLength(1, says.milestone), z.maxLength(2000)),
  owner: z._default(z.string().check(z.maxLength(200)), ''),
  dueDate: IsoDate,
  doneOn: z.optional(IsoDate),
});

/** An action of the objective's own plan (actions of assessments serve an objective by naming it). */
export const ObjectiveAction = z.object({
  id: Id,
  description: z.string().check(z.trim(), z.minLength(1, says.actionDescription), z.maxLength(2000)),
  owner: z._default(z.string().check(z.maxLength(200)), ''),
  dueDate: z.optional(IsoDate),
  status: z._default(ActionStatus, 'open'),
});

export const IndicatorValue = z.object({ measure: Id, value: z.number() });

/** A dated progress update, as reported to the Board. */
export const ProgressUpdate = z.object({
  id: Id,
  /** The day the update reports on (the quarter's end, say). */
  asOf: IsoDate,
  by: UserId,
  rag: Rag,
  narrative: z.string().check(z.trim(), z.minLength(1, says.progress), z.maxLength(20_000)),
  /** What changed as a result: the difference the work made to people. */
  whatChanged: z._default(Prose, ''),
  values: z._default(z.array(IndicatorValue), []),
  milestonesDone: z._default(z.array(Id), []),
});

export const ObjectiveApproval = z.object({
  stage: Slug,
  by: UserId,
  at: IsoDateTime,
  comment: z._default(Prose, ''),
});

/** What the people writing an objective say: everything but its status and history. */
export const ObjectiveContent = z.object({
  title: z.string().check(z.trim(), z.minLength(1, says.objectiveTitle), z.maxLength(300)),
  statement: z.string().check(z.trim(), z.minLength(1, says.objectiveStatement), z.maxLength(20_000)),
  /** Why it was chosen, from the evidence and the engagement, as an assessment argues its conclusions. */
  rationale: z._default(Prose, ''),
  evidence: z._default(z.array(EvidenceItem), []),
  engagement: z._default(z.array(Engagement), []),
  owner: UserId,
  period: z.object({ start: IsoDate, end: IsoDate }).check(
    z.refine((period) => period.start <= period.end, {
      message: says.periodOrder,
      path: ['end'],
    }),
  ),
  characteristics: z._default(z.array(CharacteristicId), []),
  measures: z._default(z.array(SuccessMeasure), []),
  milestones: z._default(z.array(Milestone), []),
  actions: z._default(z.array(ObjectiveAction), []),
  /**
   * The Welsh versions of its text fields, by text key, apart from the fields as an assessment's are
   * (`welsh`), and the fingerprint of the English each was written for (`welshOf`, set by the lifecycle).
   * An objective without Welsh has neither.
   */
  welsh: z.optional(ObjectiveWelshText),
  welshOf: z.optional(ObjectiveWelshSources),
});

/** An edit: only the fields it changes, each replaced whole (no defaults fill in what was left out). */
const { shape } = ObjectiveContent;
export const ObjectiveChanges = z.object({
  title: z.optional(shape.title),
  statement: z.optional(shape.statement),
  rationale: z.optional(Prose),
  evidence: z.optional(shape.evidence.def.innerType),
  engagement: z.optional(shape.engagement.def.innerType),
  owner: z.optional(shape.owner),
  period: z.optional(shape.period),
  characteristics: z.optional(shape.characteristics.def.innerType),
  measures: z.optional(shape.measures.def.innerType),
  milestones: z.optional(shape.milestones.def.innerType),
  actions: z.optional(shape.actions.def.innerType),
  /** Welsh versions to set, by text key, each kept apart from the rest (an empty text removes one). */
  welsh: z.optional(ObjectiveWelshText),
  /** Which English a Welsh version given here was written for, when not the English it now has. */
  welshOf: z.optional(ObjectiveWelshSources),
});

export const Objective = z.extend(ObjectiveContent, {
  id: Id,
  status: ObjectiveStatus,
  createdBy: UserId,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** The stages that approve it (the Board), as the profile had them when it was created. */
  approvalChain: z.array(ApprovalStage).check(z.minLength(1)),
  approvals: z._default(z.array(ObjectiveApproval), []),
  updates: z._default(z.array(ProgressUpdate), []),
  /** Why it ended, when it has (met, closed or superseded). */
  closingNote: z._default(Prose, ''),
  supersededBy: z.optional(Id),
});

export type ObjectiveStatus = z.infer<typeof ObjectiveStatus>;
export type Rag = z.infer<typeof Rag>;
export type SuccessMeasure = z.infer<typeof SuccessMeasure>;
export type Milestone = z.infer<typeof Milestone>;
export type ObjectiveAction = z.infer<typeof ObjectiveAction>;
export type IndicatorValue = z.infer<typeof IndicatorValue>;
export type ProgressUpdate = z.infer<typeof ProgressUpdate>;
export type ObjectiveApproval = z.infer<typeof ObjectiveApproval>;
export type ObjectiveContent = z.infer<typeof ObjectiveContent>;
export type ObjectiveChanges = z.infer<typeof ObjectiveChanges>;
/** What a caller writes: defaults may be left out. */
export type ObjectiveContentInput = z.input<typeof ObjectiveContent>;
export type Objective = z.infer<typeof Objective>;
