import * as z from 'zod';
import { ActionStatus } from '../schema/action.js';
import { CharacteristicId, Id, IsoDate, IsoDateTime, Prose, Slug, UserId } from '../schema/common.js';
import { Engagement } from '../schema/engagement.js';
import { EvidenceItem } from '../schema/evidence.js';
import { ApprovalStage } from '../schema/profile.js';

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
  indicator: z.string().trim().min(1, 'name the indicator').max(300),
  unit: z.string().max(40).default(''),
  baseline: z.number().optional(),
  target: z.number(),
  /** Whether the target is reached by going up (representation) or down (a gap, a wait). */
  better: z.enum(['higher', 'lower']).default('higher'),
  dataSource: z.string().max(300).default(''),
  frequency: z.string().max(100).default(''),
});

/** A step of the objective's plan, owned and dated. */
export const Milestone = z.object({
  id: Id,
  description: z.string().trim().min(1, 'describe the milestone').max(2000),
  owner: z.string().max(200).default(''),
  dueDate: IsoDate,
  doneOn: IsoDate.optional(),
});

/** An action of the objective's own plan (actions of assessments serve an objective by naming it). */
export const ObjectiveAction = z.object({
  id: Id,
  description: z.string().trim().min(1, 'describe the action').max(2000),
  owner: z.string().max(200).default(''),
  dueDate: IsoDate.optional(),
  status: ActionStatus.default('open'),
});

export const IndicatorValue = z.object({ measure: Id, value: z.number() });

/** A dated progress update, as reported to the Board. */
export const ProgressUpdate = z.object({
  id: Id,
  /** The day the update reports on (the quarter's end, say). */
  asOf: IsoDate,
  by: UserId,
  rag: Rag,
  narrative: z.string().trim().min(1, 'say what progress was made').max(20_000),
  /** What changed as a result: the difference the work made to people. */
  whatChanged: Prose.default(''),
  values: z.array(IndicatorValue).default([]),
  milestonesDone: z.array(Id).default([]),
});

export const ObjectiveApproval = z.object({
  stage: Slug,
  by: UserId,
  at: IsoDateTime,
  comment: Prose.default(''),
});

/** What the people writing an objective say: everything but its status and history. */
export const ObjectiveContent = z.object({
  title: z.string().trim().min(1, 'give the objective a title').max(300),
  statement: z.string().trim().min(1, 'state the objective').max(20_000),
  /** Why it was chosen, from the evidence and the engagement, as an assessment argues its conclusions. */
  rationale: Prose.default(''),
  evidence: z.array(EvidenceItem).default([]),
  engagement: z.array(Engagement).default([]),
  owner: UserId,
  period: z.object({ start: IsoDate, end: IsoDate }).refine((period) => period.start <= period.end, {
    message: 'the period must end on or after its start',
    path: ['end'],
  }),
  characteristics: z.array(CharacteristicId).default([]),
  measures: z.array(SuccessMeasure).default([]),
  milestones: z.array(Milestone).default([]),
  actions: z.array(ObjectiveAction).default([]),
});

/** An edit: only the fields it changes, each replaced whole (no defaults fill in what was left out). */
const { shape } = ObjectiveContent;
export const ObjectiveChanges = z.object({
  title: shape.title.optional(),
  statement: shape.statement.optional(),
  rationale: Prose.optional(),
  evidence: shape.evidence.unwrap().optional(),
  engagement: shape.engagement.unwrap().optional(),
  owner: shape.owner.optional(),
  period: shape.period.optional(),
  characteristics: shape.characteristics.unwrap().optional(),
  measures: shape.measures.unwrap().optional(),
  milestones: shape.milestones.unwrap().optional(),
  actions: shape.actions.unwrap().optional(),
});

export const Objective = ObjectiveContent.extend({
  id: Id,
  status: ObjectiveStatus,
  createdBy: UserId,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** The stages that approve it (the Board), as the profile had them when it was created. */
  approvalChain: z.array(ApprovalStage).min(1),
  approvals: z.array(ObjectiveApproval).default([]),
  updates: z.array(ProgressUpdate).default([]),
  /** Why it ended, when it has (met, closed or superseded). */
  closingNote: Prose.default(''),
  supersededBy: Id.optional(),
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
