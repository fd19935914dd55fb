import { appliedEdit } from '../edits/apply-edit.js';
import { type EqiaError, InvalidTransitionError, ValidationError } from '../errors.js';
import { lifecycleTold } from '../labels/lifecycle-words.js';
import { recordTold } from '../labels/record-words.js';
import { foldEvents } from '../log/replay.js';
import { SNAPSHOT_VERSION } from '../log/snapshot.js';
import type { PersistedSnapshot } from '../log/types.js';
import type { Assessment } from '../schema/assessment.js';
import { parseWith } from '../validation.js';
import { authorise } from './authorise.js';
import { AssessmentEvent, type CreateEvent, type MachineEvent } from './events.js';
import { type CheckAssessment, createGuardChecks, otherRoute } from './guards.js';
import { importRefusal, startingStatus } from './imported.js';
import { type LifecycleMachine, machineFromChecks } from './machine.js';
import { createMachineStep, type MachineStep } from './machine-step.js';
import { isPlainEdit } from './plain-edit.js';
import { explainRefusal } from './refusal.js';
import { type SelfTransition, selfTransition } from './self-transition.js';
import { type LifecycleStatus, toStatus } from './state.js';

export interface LifecycleOptions {
  /** The due-regard checks; error-level findings block submit and approve. Default: no findings. */
  check?: CheckAssessment;
}

/** The lifecycle as pure functions over persisted snapshots: what the SDK and stores use. */
export interface Lifecycle {
  /** The snapshot a `create` event starts: the assessment in draft (an imported historical record where it stood). */
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
}

export const parseEvent = (input: unknown): AssessmentEvent => parseWith(AssessmentEvent, input, 'The event');

/** The event as parsing gives it: an edit that parsing would give back equal is taken as it is (plain-edit.ts). */
const eventOf = (input: unknown): AssessmentEvent => (isPlainEdit(input) ? input : parseEvent(input));

/** Builds the lifecycle; `check` is the due-regard rule engine with the profile bound. */
export function createLifecycle({ check }: LifecycleOptions = {}): Lifecycle {
  const live = createStepper(check ?? (() => []));
  // Replay trusts the findings decisions recorded in the log: rules and their severities change between
  // releases and profiles, and a log accepted then must still fold now. Every other guard still runs.
  const trusted = createStepper(() => []);
  return {
    ...live,
    replay: (events) => foldEvents(trusted, events),
  };
}

function createStepper(check: CheckAssessment) {
  // One table of checks: the machines' guards and the refusals' reasons.
  const checks = createGuardChecks(check);
  const machines = new Map<
    string,
    { machine: LifecycleMachine; step: MachineStep; selfTransitions: Map<string, SelfTransition | null> }
  >();

  const compiled = (assessment: Assessment) => {
    // Kept by what the machine is built from: each stage's id, label and role (not its attestation's text).
    let key = '';
    for (const { id, label, role } of assessment.approvalChain)
      key += `${id} ${role} ${JSON.stringify(label)} `;
    let entry = machines.get(key);
    if (!entry) {
      const machine = machineFromChecks(assessment.approvalChain, checks);
      entry = { machine, step: createMachineStep(machine), selfTransitions: new Map() };
      machines.set(key, entry);
    }
    return entry;
  };

  type Compiled = ReturnType<typeof compiled>;

  const resolve = (snapshot: PersistedSnapshot, { machine, step }: Compiled) => {
    const value = stateValue(snapshot.status);
    return {
      machine,
      step,
      resolved: machine.resolveState({ value, context: { assessment: snapshot.assessment } }),
    };
  };

  /**
   * The event's self-transition where the snapshot stands (self-transition.ts), found once for each
   * approval chain, state and event type (kept by those values) and taken without stepping the machine.
   */
  const selfTransitionAt = (snapshot: PersistedSnapshot, type: MachineEvent['type'], entry: Compiled) => {
    const { selfTransitions } = entry;
    const key = `${snapshot.status.state} ${snapshot.status.stage ?? ''} ${type}`;
    let found = selfTransitions.get(key);
    if (found === undefined) {
      found = selfTransition(checks, resolve(snapshot, entry).resolved, type) ?? null;
      selfTransitions.set(key, found);
    }
    return found ?? undefined;
  };

  const createRefusal = (snapshot: PersistedSnapshot) => {
    const { message, options } = lifecycleTold('createOnlyStarts');
    return new InvalidTransitionError(message, snapshot.status.state, 'create', options);
  };

  /** The event as the machine takes it: an edit's patches applied once, here (see MachineEvent). */
  const machineEvent = (snapshot: PersistedSnapshot, event: MachineEvent): MachineEvent =>
    event.type === 'edit' ? { ...event, applied: appliedEdit(snapshot.assessment, event) } : event;

  const refusal = (snapshot: PersistedSnapshot, input: AssessmentEvent): EqiaError | undefined => {
    const event = eventOf(input);
    if (event.type === 'create') return createRefusal(snapshot);
    const judged = machineEvent(snapshot, event);
    const entry = compiled(snapshot.assessment);
    const self = selfTransitionAt(snapshot, event.type, entry);
    const outcome = self?.judge({ assessment: snapshot.assessment }, judged);
    // Another route (no self-transition takes it) is the machine's to explain.
    if (self && outcome !== otherRoute) return outcome;
    const { machine, resolved } = resolve(snapshot, entry);
    return explainRefusal(machine, checks, resolved, judged);
  };

  const start = (input: CreateEvent): PersistedSnapshot => {
    const event = parseEvent(input);
    if (event.type !== 'create')
      throw new ValidationError(`A log starts with a create event, not ${event.type}.`);
    const forbidden = authorise(event.by, event.assessment, event) ?? importRefusal(event);
    if (forbidden) throw forbidden;
    // The editors are those who record edits in this log (a revision starts with none of its own).
    if (event.assessment.editors.length > 0) {
      const { message, told } = recordTold('newWithEditors', {
        editors: event.assessment.editors.join(', '),
      });
      throw new ValidationError(message, [], { told });
    }
    return { snapshotVersion: SNAPSHOT_VERSION, status: startingStatus(event), assessment: event.assessment };
  };

  // A self-transition is taken from the table of checks and the updates, as the machine would take it.
  // Otherwise the machine is asked; only an event that changed nothing needs explaining (explainRefusal
  // answers undefined for the one accepted event that changes nothing, startRevision).
  const apply = (snapshot: PersistedSnapshot, input: AssessmentEvent): PersistedSnapshot => {
    const parsed = eventOf(input);
    if (parsed.type === 'create') throw createRefusal(snapshot);
    const event = machineEvent(snapshot, parsed);
    const entry = compiled(snapshot.assessment);
    const self = selfTransitionAt(snapshot, event.type, entry);
    const outcome = self?.judge({ assessment: snapshot.assessment }, event);
    if (self && outcome !== otherRoute) {
      if (outcome) throw outcome;
      const assessment = self.take(snapshot.assessment, event);
      return { snapshotVersion: SNAPSHOT_VERSION, status: { ...self.status }, assessment };
    }
    const { machine, step, resolved } = resolve(snapshot, entry);
    const next = resolved.status === 'active' ? step(resolved, event) : resolved;
    const status = toStatus(next.value);
    if (next.context === resolved.context && sameStatus(status, snapshot.status)) {
      const problem = explainRefusal(machine, checks, resolved, event);
      if (problem) throw problem;
    }
    return { snapshotVersion: SNAPSHOT_VERSION, status, assessment: next.context.assessment };
  };

  const can = (snapshot: PersistedSnapshot, event: AssessmentEvent) => refusal(snapshot, event) === undefined;

  return { start, apply, can, refusal };
}

/** The xstate state value of a status: `'draft'`, or `{ in_review: 'equality_review' }`. */
const stateValue = ({ state, stage }: LifecycleStatus) => (stage ? { [state]: stage } : state);

const sameStatus = (a: LifecycleStatus, b: LifecycleStatus) => a.state === b.state && a.stage === b.stage;
