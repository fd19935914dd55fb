import type { AnyStateNode } from 'xstate';
import { type EqiaError, InvalidTransitionError, ValidationError } from '../errors.js';
import { foldEvents } from '../log/replay.js';
import { SNAPSHOT_VERSION } from '../log/snapshot.js';
import type { PersistedSnapshot } from '../log/types.js';
import type { Assessment } from '../schema/assessment.js';
import { parseWith } from '../validation.js';
import { AssessmentEvent, type CreateEvent } from './events.js';
import {
  type CheckAssessment,
  createGuardChecks,
  type GuardChecks,
  type GuardName,
  otherRoute,
} from './guards.js';
import { createLifecycleMachine, type LifecycleMachine, type MachineEvent } from './machine.js';
import { createMachineStep, type MachineStep } from './machine-step.js';
import { type LifecycleState, type LifecycleStatus, lockedStates } from './state.js';

export interface LifecycleOptions {
  /** The due-regard checks; error-level findings block submit and approve. Default: no findings. */
  check?: CheckAssessment;
}

/** The lifecycle as pure functions over persisted snapshots: what the SDK and stores use. */
export interface Lifecycle {
  /** The snapshot a `create` event starts: the assessment in draft. */
  start(event: CreateEvent): PersistedSnapshot;
  /** The snapshot after the event, or a typed error saying why it is refused (nothing changes). */
  apply(snapshot: PersistedSnapshot, event: AssessmentEvent): PersistedSnapshot;
  /** Whether `apply` would accept the event. */
  can(snapshot: PersistedSnapshot, event: AssessmentEvent): boolean;
  /** Why `apply` would refuse the event, or undefined if it would accept it. */
  refusal(snapshot: PersistedSnapshot, event: AssessmentEvent): EqiaError | undefined;
  /**
   * Folds a whole log, which starts with `create`. Findings are not re-checked: the log's submit and approve
   * events were accepted under the rules of their day (see createLifecycle).
   */
  replay(events: readonly AssessmentEvent[]): PersistedSnapshot;
  /** The machine for this assessment's pinned approval chain (cached per chain). */
  machineFor(assessment: Assessment): LifecycleMachine;
}

export const parseEvent = (input: unknown): AssessmentEvent => parseWith(AssessmentEvent, input, 'The event');

export function toStatus(value: unknown): LifecycleStatus {
  if (typeof value === 'string') return { state: value as LifecycleState };
  const [state, stage] = Object.entries(value as Record<string, string>)[0] ?? [];
  return { state: state as LifecycleState, stage };
}

/** Builds the lifecycle; `check` is the due-regard rule engine with the profile bound. */
export function createLifecycle({ check }: LifecycleOptions = {}): Lifecycle {
  const live = createStepper(check);
  // Replay trusts the findings decisions recorded in the log: rules and their severities change between
  // releases and profiles, and a log accepted then must still fold now. Every other guard still runs.
  const trusted = createStepper(undefined);
  return {
    ...live,
    replay: (events) => foldEvents(trusted, events),
  };
}

function createStepper(check: CheckAssessment | undefined) {
  const machines = new Map<string, { machine: LifecycleMachine; step: MachineStep }>();
  const checks = createGuardChecks(check ?? (() => []));

  const compiled = (assessment: Assessment) => {
    const key = JSON.stringify(assessment.approvalChain);
    let entry = machines.get(key);
    if (!entry) {
      const machine = createLifecycleMachine(assessment.approvalChain, check ? { check } : {});
      entry = { machine, step: createMachineStep(machine) };
      machines.set(key, entry);
    }
    return entry;
  };
  const machineFor = (assessment: Assessment): LifecycleMachine => compiled(assessment).machine;

  const resolve = (snapshot: PersistedSnapshot) => {
    const { machine, step } = compiled(snapshot.assessment);
    const { state, stage } = snapshot.status;
    const value = stage ? { [state]: stage } : state;
    return {
      machine,
      step,
      resolved: machine.resolveState({ value, context: { assessment: snapshot.assessment } }),
    };
  };

  const createRefusal = (snapshot: PersistedSnapshot) =>
    new InvalidTransitionError(
      'A create event only starts a log: use start() for a new assessment.',
      snapshot.status.state,
      'create',
    );

  const refusal = (snapshot: PersistedSnapshot, input: AssessmentEvent): EqiaError | undefined => {
    const event = parseEvent(input);
    if (event.type === 'create') return createRefusal(snapshot);
    const { machine } = resolve(snapshot);
    return explainRefusal(machine, checks, snapshot, event);
  };

  const start = (input: CreateEvent): PersistedSnapshot => {
    const event = parseEvent(input);
    if (event.type !== 'create')
      throw new ValidationError(`A log starts with a create event, not ${event.type}.`);
    return { snapshotVersion: SNAPSHOT_VERSION, status: { state: 'draft' }, assessment: event.assessment };
  };

  // The machine is asked first; only an event it did not take (nothing changed) needs explaining, and
  // explainRefusal answers undefined for the one accepted event that changes nothing (startRevision).
  const apply = (snapshot: PersistedSnapshot, input: AssessmentEvent): PersistedSnapshot => {
    const event = parseEvent(input);
    if (event.type === 'create') throw createRefusal(snapshot);
    const { machine, step, resolved } = resolve(snapshot);
    // A final state takes nothing, although the machine would still offer it the root's transitions.
    const final = machine.root.states[snapshot.status.state]?.type === 'final';
    const next = final ? resolved : step(resolved, event);
    const status = toStatus(next.value);
    if (next.context === resolved.context && sameStatus(status, snapshot.status)) {
      const problem = explainRefusal(machine, checks, snapshot, event);
      if (problem) throw problem;
    }
    return {
      snapshotVersion: SNAPSHOT_VERSION,
      status,
      assessment: next.context.assessment,
    };
  };

  const can = (snapshot: PersistedSnapshot, event: AssessmentEvent) => refusal(snapshot, event) === undefined;

  return { start, apply, can, refusal, machineFor };
}

const sameStatus = (a: LifecycleStatus, b: LifecycleStatus) => a.state === b.state && a.stage === b.stage;

/**
 * Why the machine would not take this event: the transitions for its type in the active states (deepest
 * first, as xstate picks them) are asked through the same checks as the guards. The first refusal of a
 * transition meant for this event is the answer; none at all means the state does not accept the event.
 */
function explainRefusal(
  machine: LifecycleMachine,
  checks: GuardChecks,
  snapshot: PersistedSnapshot,
  event: MachineEvent,
): EqiaError | undefined {
  const { state, stage } = snapshot.status;
  const stateNode: AnyStateNode | undefined = machine.root.states[state];
  const stageNode = stage ? stateNode?.states[stage] : undefined;
  const final = stateNode?.type === 'final';
  const nodes = final ? [] : [stageNode, stateNode, machine.root].filter((n): n is AnyStateNode => !!n);
  let firstRefusal: EqiaError | undefined;
  let offered = false;
  for (const node of nodes) {
    for (const candidate of node.on[event.type] ?? []) {
      const guard = candidate.guard as { type: GuardName; params?: unknown } | GuardName | undefined;
      const name = typeof guard === 'string' ? guard : guard?.type;
      const params = typeof guard === 'object' ? guard.params : undefined;
      const outcome = name
        ? (checks[name] as (c: unknown, e: unknown, p: unknown) => ReturnType<GuardChecks[GuardName]>)(
            { assessment: snapshot.assessment },
            event,
            params,
          )
        : undefined;
      if (outcome === otherRoute) continue;
      offered = true;
      if (outcome === undefined) return undefined;
      firstRefusal ??= outcome;
    }
  }
  if (firstRefusal) return firstRefusal;
  const where = stage ? `${state} (stage ${stage})` : state;
  const possible = offered ? [] : acceptedEvents(nodes);
  const locked =
    event.type === 'edit' && lockedStates.includes(state)
      ? ': its content is locked, start a revision to change it'
      : '';
  return new InvalidTransitionError(
    `Cannot ${event.type} while the assessment is ${where}${
      locked || (possible.length ? `; possible now: ${possible.join(', ')}` : final ? ': it is final' : '')
    }.`,
    where,
    event.type,
  );
}

function acceptedEvents(nodes: AnyStateNode[]): string[] {
  return [...new Set(nodes.flatMap((node) => Object.keys(node.on)))];
}
