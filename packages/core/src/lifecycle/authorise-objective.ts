import type { ForbiddenError } from '../errors.js';
import { refuse } from '../labels/refusals.js';
import type { Objective } from '../objectives/objective.js';
import type { ObjectiveEvent } from '../objectives/objective-events.js';
import type { Role } from '../schema/profile.js';
import type { Actor } from './events.js';

/**
 * Who may do what to an equality objective, beside `authorise` for assessments:
 *
 * - equality leads and admins set objectives up;
 * - the objective's owner (the senior leader accountable for it), equality leads and admins write it,
 *   submit it, record its progress and close it;
 * - a stage's role approves or requests changes there, never the objective's owner or the person who
 *   set it up: nobody approves their own objective.
 */
export function authoriseObjective(
  actor: Actor,
  objective: Objective | undefined,
  event: ObjectiveEvent,
): ForbiddenError | undefined {
  if (event.type === 'createObjective' || !objective) {
    if (has(actor, 'equality_lead', 'admin')) return undefined;
    return refuse('setUpObjective', { actor: actor.id });
  }
  switch (event.type) {
    case 'editObjective':
    case 'submitObjective':
    case 'recordProgress':
    case 'closeObjective':
      if (actor.id === objective.owner || has(actor, 'equality_lead', 'admin')) return undefined;
      return refuse('changeObjective', { actor: actor.id, id: objective.id, owner: objective.owner });
    case 'approveObjective':
    case 'requestObjectiveChanges': {
      const stage = objective.approvalChain.find((candidate) => candidate.id === event.stage);
      if (stage && !actor.roles.includes(stage.role))
        return refuse('objectiveStage', {
          actor: actor.id,
          id: objective.id,
          stage: stage.label,
          role: stage.role,
        });
      if (actor.id === objective.owner || actor.id === objective.createdBy)
        return refuse('ownObjective', { actor: actor.id, id: objective.id });
      return undefined;
    }
  }
}

const has = (actor: Actor, ...roles: Role[]) => actor.roles.some((role) => roles.includes(role));
