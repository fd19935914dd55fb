import { getNextTransitions } from 'xstate';
import { type EqiaError, InvalidTransitionError } from '../errors.js';
import { lifecycleTold } from '../labels/lifecycle-words.js';
import type { MachineEvent } from './events.js';
import type { GuardChecks, GuardName, GuardOutcome, LifecycleContext } from './guards.js';
import type { LifecycleMachine } from './machine.js';
import { lockedStates, toStatus } from './state.js';

type MachineSnapshot = ReturnType<LifecycleMachine['resolveState']>;

/** A transition's guard as its config names it: `'mayComment'` or `{ type: 'mayEdit', params }`. */
export function guardRef(guard: unknown): { name: string; params?: unknown } | undefined {
  if (typeof guard === 'string') return { name: guard };
  if (typeof guard === 'object' && guard !== null && 'type' in guard) {
    return { name: String(guard.type), params: (guard as { params?: unknown }).params };
  }
  return undefined;
}

/**
 * Why the machine would not take this event, or undefined when it would. xstate chooses
 * (`getTransitionData`); only a refusal is explained, from xstate's own candidates for the event
 * (`getNextTransitions`: the active states deepest first, each in definition order), each asked through
 * the check its guard names. The first refusal is the answer; none means the state does not take the
 * event at all.
 */
export function explainRefusal(
  machine: LifecycleMachine,
  checks: GuardChecks,
  snapshot: MachineSnapshot,
  event: MachineEvent,
): EqiaError | undefined {
  const { state, stage } = toStatus(snapshot.value);
  const where = stage ? `${state} (stage ${stage})` : state;
  const at = { event: event.type, state, stage: stage ?? '' };
  const refuse = (told: ReturnType<typeof lifecycleTold>) =>
    new InvalidTransitionError(told.message, where, event.type, told.options);
  // A final state takes nothing (an actor stops there), although xstate would still offer the root's transitions.
  if (snapshot.status !== 'active') return refuse(lifecycleTold('final', at));
  if (machine.getTransitionData(snapshot, event).length > 0) return undefined;

  const transitions = getNextTransitions(snapshot);
  const candidates = transitions.filter((transition) => transition.eventType === event.type);
  for (const candidate of candidates) {
    const outcome = judge(checks, candidate.guard, snapshot.context, event);
    if (typeof outcome === 'object') return outcome;
  }
  if (event.type === 'edit' && lockedStates.includes(state)) {
    return refuse(lifecycleTold('locked', at));
  }
  if (candidates.length > 0) return refuse(lifecycleTold('notNow', at));
  const possible = [...new Set(transitions.map((transition) => transition.eventType).filter(Boolean))];
  return refuse(
    possible.length
      ? lifecycleTold('possibleNow', { ...at, possible: possible.join(', ') })
      : lifecycleTold('notNow', at),
  );
}

/** What the check a transition's guard names says of this event (no guard: allowed). */
export function judge(
  checks: GuardChecks,
  guard: unknown,
  context: LifecycleContext,
  event: MachineEvent,
): GuardOutcome {
  const ref = guardRef(guard);
  if (!ref) return undefined;
  const check = checks[ref.name as GuardName] as (
    c: LifecycleContext,
    e: MachineEvent,
    p: unknown,
  ) => GuardOutcome;
  return check(context, event, ref.params);
}
