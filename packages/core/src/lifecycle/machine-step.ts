import { type AnyActorScope, type AnyStateMachine, createActor } from 'xstate';
import type { MachineEvent } from './events.js';
import type { LifecycleMachine } from './machine.js';

type MachineSnapshot = ReturnType<LifecycleMachine['resolveState']>;
export type MachineStep = (snapshot: MachineSnapshot, event: MachineEvent) => MachineSnapshot;

/**
 * The pure step `transition(machine, snapshot, event)` of xstate, without its cost: xstate builds a
 * throwaway actor (which computes the machine's initial state) on every call, about half of a step. The
 * lifecycle spawns no actors and runs only `assign` actions, so one inert scope per machine serves every
 * step: nothing runs in it and nothing is kept.
 */
export function createMachineStep(machine: LifecycleMachine): MachineStep {
  const scope = inertScope(machine);
  return (snapshot, event) => machine.transition(snapshot, event, scope);
}

function inertScope(machine: LifecycleMachine): AnyActorScope {
  // Never started and given no input, as xstate's own inert scope: it only lends the step `self` and `system`.
  const self = createActor(machine as AnyStateMachine);
  return {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    actionExecutor: () => {},
  };
}
