import { ForbiddenError, InvalidTransitionError } from '../errors.js';
import { lifecycleTold } from '../labels/lifecycle-words.js';
import { authoriseObjective } from '../lifecycle/authorise-objective.js';
import type { Objective, ObjectiveStatus } from './objective.js';
import type { ObjectiveEvent, ObjectiveEventType } from './objective-events.js';
import { withObjectiveWelsh } from './objective-welsh.js';

/** In which states each event may happen. Creation starts a log; the rest move an objective on. */
const allowedIn: Record<Exclude<ObjectiveEventType, 'createObjective'>, readonly ObjectiveStatus[]> = {
  editObjective: ['draft', 'approved', 'in_progress'],
  submitObjective: ['draft'],
  approveObjective: ['awaiting_approval'],
  requestObjectiveChanges: ['awaiting_approval'],
  recordProgress: ['approved', 'in_progress'],
  closeObjective: ['approved', 'in_progress'],
};

/**
 * What may still change once the Board has approved an objective: its plan, not its promise; and the
 * Welsh of any of its texts, which translates what was approved (and what is reported after).
 */
const planFields = new Set(['milestones', 'actions', 'welsh', 'welshOf']);
const welshFields = new Set(['welsh', 'welshOf']);
/** A translation may follow an objective that has ended, so its closing note and last updates have one. */
const welshEditableIn: readonly ObjectiveStatus[] = [
  ...allowedIn.editObjective,
  'met',
  'closed',
  'superseded',
];
const onlyWelsh = (event: ObjectiveEvent) =>
  event.type === 'editObjective' && Object.keys(event.changes).every((field) => welshFields.has(field));

/**
 * The objective after one event, or the reason it may not happen. Pure: the same log always folds into
 * the same objective, so replay and `verify` judge every event again.
 */
export function applyObjectiveEvent(objective: Objective | undefined, event: ObjectiveEvent): Objective {
  const refusal = authoriseObjective(event.by, objective, event);
  if (refusal) throw refusal;
  if (event.type === 'createObjective') {
    if (objective) {
      const values = { event: event.type, id: objective.id };
      throw refused(objective.status, event.type, lifecycleTold('objectiveExists', values));
    }
    const { welsh, welshOf, ...content } = event.content;
    const created: Objective = {
      ...content,
      id: event.id,
      status: 'draft',
      createdBy: event.by.id,
      createdAt: event.at,
      updatedAt: event.at,
      approvalChain: event.approvalChain,
      approvals: [],
      updates: [],
      closingNote: '',
    };
    return withObjectiveWelsh(created, welsh, welshOf);
  }
  if (!objective) throw refused('none', event.type, lifecycleTold('objectiveNotStarted'));
  const allowed = onlyWelsh(event) ? welshEditableIn : allowedIn[event.type];
  if (!allowed.includes(objective.status)) {
    const values = { event: event.type, id: objective.id, status: objective.status };
    throw refused(objective.status, event.type, lifecycleTold('objectiveInStatus', values));
  }
  const next = { ...objective, updatedAt: event.at };
  switch (event.type) {
    case 'editObjective': {
      const locked = Object.keys(event.changes).filter((field) => !planFields.has(field));
      if (objective.status !== 'draft' && locked.length) {
        const told = lifecycleTold('objectiveLocked', { id: objective.id, fields: locked.join(', ') });
        throw new ForbiddenError(told.message, told.options);
      }
      const { welsh, welshOf, ...changes } = event.changes;
      return withObjectiveWelsh({ ...next, ...changes }, welsh, welshOf);
    }
    case 'submitObjective':
      return { ...next, status: 'awaiting_approval', approvals: [] };
    case 'approveObjective': {
      const awaited = awaitedStage(objective);
      if (event.stage !== awaited?.id) {
        const values = {
          event: event.type,
          id: objective.id,
          awaited: awaited?.label ?? '',
          stage: event.stage,
        };
        throw refused(objective.status, event.type, lifecycleTold('objectiveStage', values));
      }
      const approvals = [
        ...objective.approvals,
        { stage: event.stage, by: event.by.id, at: event.at, comment: event.comment },
      ];
      const done = approvals.length === objective.approvalChain.length;
      return { ...next, approvals, status: done ? 'approved' : 'awaiting_approval' };
    }
    case 'requestObjectiveChanges':
      return { ...next, status: 'draft', approvals: [] };
    case 'recordProgress': {
      const { update } = event;
      const unknown = update.values.find((value) => !objective.measures.some((m) => m.id === value.measure));
      if (unknown) {
        const values = { event: event.type, id: objective.id, measure: unknown.measure };
        throw refused(objective.status, event.type, lifecycleTold('objectiveMeasure', values));
      }
      const milestones = objective.milestones.map((milestone) =>
        update.milestonesDone.includes(milestone.id) && !milestone.doneOn
          ? { ...milestone, doneOn: update.asOf }
          : milestone,
      );
      return { ...next, status: 'in_progress', updates: [...objective.updates, update], milestones };
    }
    case 'closeObjective':
      return {
        ...next,
        status: event.outcome,
        closingNote: event.note,
        ...(event.supersededBy && { supersededBy: event.supersededBy }),
      };
  }
}

/** The first stage of the chain not yet approved in this round, if any. */
export function awaitedStage(objective: Objective) {
  return objective.approvalChain[objective.approvals.length];
}

const refused = (status: string, event: string, { message, options }: ReturnType<typeof lifecycleTold>) =>
  new InvalidTransitionError(message, status, event, options);
