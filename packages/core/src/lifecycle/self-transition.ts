import { getNextTransitions } from 'xstate';
import type { Assessment } from '../schema/assessment.js';
import { type UpdateName, updates } from './actions.js';
import type { MachineEvent } from './events.js';
import type { GuardChecks, GuardOutcome, LifecycleContext } from './guards.js';
import type { LifecycleMachine } from './machine.js';
import { guardRef, judge } from './refusal.js';
import { type LifecycleStatus, toStatus } from './state.js';

type MachineSnapshot = ReturnType<LifecycleMachine['resolveState']>;

/**
 * An event the state takes without leaving it (an edit, a comment, a verdict, an action's update): its
 * guard's check and its actions, as the machine's transition data names them.
 */
export interface SelfTransition {
  /** Where the assessment stands, before and after. */
  status: LifecycleStatus;
  /** The guard's answer, from the table of checks: undefined allows, an error says why not. */
  judge(context: LifecycleContext, event: MachineEvent): GuardOutcome;
  /** The assessment after the transition's actions (the guard allowed it). */
  take(assessment: Assessment, event: MachineEvent): Assessment;
}

/**
 * The event's self-transition in this state, or undefined when xstate's own step is needed. Asked of
 * xstate's candidates for the event (`getNextTransitions`: the active states and their ancestors): when
 * there is exactly one and it has no target, resolving the state and stepping the machine can only run
 * its guard and, if that allows it, its `assign` actions in order, leaving the state as it is; refused,
 * `explainRefusal` would answer with that same guard's check. Nothing here depends on the context, so
 * the lifecycle keeps the answer by the state's value and the event's type.
 */
export function selfTransition(
  checks: GuardChecks,
  snapshot: MachineSnapshot,
  eventType: MachineEvent['type'],
): SelfTransition | undefined {
  if (snapshot.status !== 'active') return undefined;
  const candidates = getNextTransitions(snapshot).filter((transition) => transition.eventType === eventType);
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (!only || only.target !== undefined || only.reenter) return undefined;
  const actions = only.actions.filter(
    (action): action is UpdateName => typeof action === 'string' && action in updates,
  );
  if (actions.length !== only.actions.length) return undefined;
  if (only.guard !== undefined && !guardRef(only.guard)) return undefined;
  return {
    status: toStatus(snapshot.value),
    judge: (context, event) => judge(checks, only.guard, context, event),
    take: (assessment, event) => actions.reduce((result, name) => updates[name](result, event), assessment),
  };
}
