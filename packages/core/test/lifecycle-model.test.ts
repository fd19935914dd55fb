import { describe, expect, it } from 'vitest';
import { type AnyStateNode, createActor, type SnapshotFrom } from 'xstate';
import { type AdjacencyMap, getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import {
  createLifecycle,
  type MachineEvent,
  type PersistedSnapshot,
  SNAPSHOT_VERSION,
  toStatus,
} from '../src/index.js';
import { createLifecycleMachine, type LifecycleMachine } from '../src/lifecycle/machine.js';
import { createEvent, eventsFrom, everyone } from './fixtures/lifecycle.js';

const lifecycle = createLifecycle();
type Snapshot = SnapshotFrom<LifecycleMachine>;

const persisted = (snapshot: Snapshot): PersistedSnapshot => ({
  snapshotVersion: SNAPSHOT_VERSION,
  status: toStatus(snapshot.value),
  assessment: snapshot.context.assessment,
});
const where = (snapshot: Snapshot) => {
  const { state, stage } = toStatus(snapshot.value);
  return stage ? `${state}.${stage}` : state;
};

/** Every event any of the people could send that the lifecycle accepts here. */
const acceptedEvents = (snapshot: Snapshot) =>
  everyone
    .flatMap((by) => eventsFrom(persisted(snapshot), by, 1))
    .filter((event) => lifecycle.can(persisted(snapshot), event)) as MachineEvent[];

/**
 * The machine of a new assessment, how to walk it and every state it reaches. Built inside each test, never when the file loads,
 * so that mutation testing sees which tests run which guard (stryker.config.mjs).
 */
function model() {
  const start = lifecycle.start(createEvent());
  const machine = createLifecycleMachine(start.assessment.approvalChain);
  const traversal = {
    input: { assessment: start.assessment },
    events: acceptedEvents,
    // The route back from review depends on the screening decision, so it is part of the graph's state.
    // So does whether a comment is open (only then can one be resolved).
    serializeState: (snapshot: Snapshot) =>
      [
        where(snapshot),
        snapshot.context.assessment.screening.decision?.kind ?? 'unscreened',
        snapshot.context.assessment.review.comments.some((c) => !c.resolvedAt) ? 'open comment' : '',
      ].join('|'),
    serializeEvent: (event: MachineEvent) =>
      `${event.type}:${event.by.id}:${'decision' in event ? event.decision : ''}`,
  };
  const adjacency: AdjacencyMap<Snapshot, MachineEvent> = getAdjacencyMap(machine, traversal);
  return { machine, traversal, adjacency };
}

/** The transitions the machine defines, from each leaf state, as `from -event-> to`. */
function definedTransitions(machine: LifecycleMachine): Set<string> {
  const leaves: AnyStateNode[] = Object.values(machine.root.states as Record<string, AnyStateNode>).flatMap(
    (node) =>
      node.type === 'compound' ? Object.values(node.states as Record<string, AnyStateNode>) : [node],
  );
  const key = (node: AnyStateNode) => node.path.join('.');
  const leafOf = (node: AnyStateNode): AnyStateNode =>
    node.type === 'compound' ? leafOf(node.initial.target[0] as AnyStateNode) : node;
  const edges = new Set<string>();
  for (const leaf of leaves) {
    if (leaf.type === 'final') continue;
    for (let node: AnyStateNode | undefined = leaf; node; node = node.parent) {
      for (const [event, candidates] of Object.entries(node.on)) {
        for (const candidate of candidates as { target?: AnyStateNode[] }[]) {
          const target = candidate.target?.[0];
          edges.add(`${key(leaf)} -${event}-> ${key(target ? leafOf(target) : leaf)}`);
        }
      }
    }
  }
  return edges;
}

describe('lifecycle machine, model-based', () => {
  it('reaches every state of the machine', () => {
    const { adjacency } = model();
    const reached = new Set(Object.values(adjacency).map(({ state }) => where(state)));
    expect([...reached].sort()).toEqual([
      'assessing',
      'draft',
      'in_review.equality_review',
      'in_review.senior_sign_off',
      'published',
      'screened_out',
      'signed_off',
      'superseded',
      'withdrawn',
    ]);
  });

  it('takes every transition the machine defines, and no other', () => {
    const { machine, adjacency } = model();
    const taken = new Set(
      Object.values(adjacency).flatMap(({ state, transitions }) =>
        (Object.values(transitions) as { event: MachineEvent; state: Snapshot }[]).map(
          ({ event, state: next }) => `${where(state)} -${event.type}-> ${where(next)}`,
        ),
      ),
    );
    expect([...taken].sort()).toEqual([...definedTransitions(machine)].sort());
  });

  it('reaches each state on its shortest path, through a live actor and through replay alike', () => {
    const { machine, traversal, adjacency } = model();
    const paths = getShortestPaths(machine, traversal);
    expect(paths.length).toBe(Object.keys(adjacency).length);
    for (const path of paths) {
      const events = path.steps.slice(1).map((step) => step.event);
      const actor = createActor(machine, { input: traversal.input }).start();
      for (const event of events) actor.send(event);
      expect(where(actor.getSnapshot())).toBe(where(path.state));
      expect(lifecycle.replay([createEvent(), ...events])).toEqual(persisted(actor.getSnapshot()));
    }
  });
});
