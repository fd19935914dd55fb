import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import {
  type Assessment,
  type AssessmentEvent,
  createLifecycle,
  EqiaError,
  editSection,
  type MachineEvent,
  type PersistedSnapshot,
  partsChangedBy,
  type RecordedEvent,
  recordEvent,
  toStatus,
  verifyChain,
} from '../src/index.js';
import { createGuardChecks } from '../src/lifecycle/guards.js';
import { createLifecycleMachine } from '../src/lifecycle/machine.js';
import { explainRefusal } from '../src/lifecycle/refusal.js';
import { at, createEvent, eventMakers, eventsFrom, everyone, people } from './fixtures/lifecycle.js';

const lifecycle = createLifecycle();
const kinds = eventsFrom(lifecycle.start(createEvent()), everyone[0]!, 0).map((event) => event.type);
const indexOf = (type: string) => kinds.indexOf(type as AssessmentEvent['type']);

const actor = fc.nat({ max: everyone.length - 1 });

/**
 * One random step: an event kind, who tries it, and whether to hand it to the first person who may.
 * Weighted so that runs often get through review (screen, submit, approve by someone allowed) and seldom
 * end early by withdrawal; every kind and every person still comes up.
 */
const step = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constantFrom(...['screen', 'submit', 'approve'].map(indexOf)),
      actor,
      fair: fc.constant(true),
    }),
    weight: 10,
  },
  {
    arbitrary: fc.record({
      kind: fc.nat({ max: kinds.length - 1 }).filter((k) => kinds[k] !== 'withdraw'),
      actor,
      fair: fc.boolean(),
    }),
    weight: 9,
  },
  { arbitrary: fc.record({ kind: fc.constant(indexOf('withdraw')), actor, fair: fc.boolean() }), weight: 1 },
);
const sequence = fc.array(step, { minLength: 1, maxLength: 30, size: 'max' });

/** What sign-off locks: everything except action status, monitoring notes, reaffirmations and publication. */
function lockedContent(assessment: Assessment) {
  const { monitoring, actions, publication, withdrawal, supersededBy, ...rest } = assessment;
  const { notes, reaffirmations, nextReviewDate, ...plan } = monitoring;
  return { ...rest, monitoring: plan, actions: actions.map(({ status, updates, ...action }) => action) };
}

interface Run {
  snapshot: PersistedSnapshot;
  log: AssessmentEvent[];
  signedOff?: ReturnType<typeof lockedContent>;
}

/** Plays the steps through the lifecycle, checking the per-step invariants; returns the accepted log. */
function play(steps: { kind: number; actor: number; fair: boolean }[]): Run {
  const create = createEvent();
  const run: Run = { snapshot: lifecycle.start(create), log: [create] };
  steps.forEach(({ kind, actor, fair }, minute) => {
    const tries = fair ? everyone.length : 1;
    for (let offset = 0; offset < tries; offset++) {
      const by = everyone[(actor + offset) % everyone.length]!;
      const event = eventMakers(run.snapshot, by, minute + 1)[kind]?.();
      if (!event) return;
      if (!lifecycle.can(run.snapshot, event)) {
        const before = run.snapshot;
        expect(() => lifecycle.apply(before, event)).toThrow(EqiaError);
        continue;
      }
      const { assessment } = run.snapshot;
      if (event.type === 'approve') {
        const insiders = [assessment.createdBy, assessment.policy.owner, ...assessment.policy.contributors];
        expect(insiders).not.toContain(event.by.id);
      }
      run.snapshot = lifecycle.apply(run.snapshot, event);
      run.log.push(event);
      expectOnlyChanged(partsChangedBy(event), assessment, run.snapshot.assessment);
      if (run.snapshot.status.state === 'signed_off')
        run.signedOff ??= lockedContent(run.snapshot.assessment);
      if (run.signedOff) expect(lockedContent(run.snapshot.assessment)).toEqual(run.signedOff);
      return;
    }
  });
  return run;
}

/** Every part of the assessment but `changed` serialises as it did before the event, in the same order. */
function expectOnlyChanged(changed: readonly string[] | undefined, before: Assessment, after: Assessment) {
  if (!changed) return;
  partsChecked++;
  const kept = (assessment: Assessment) =>
    Object.entries(assessment)
      .filter(([key]) => !changed.includes(key))
      .map(([key, value]) => [key, JSON.stringify(value)]);
  expect(kept(after)).toEqual(kept(before));
}
let partsChecked = 0;

function record(log: AssessmentEvent[]): RecordedEvent[] {
  const entries: RecordedEvent[] = [];
  for (const event of log) entries.push(recordEvent(entries.at(-1), event));
  return entries;
}

describe('lifecycle invariants under random event sequences', () => {
  it('locks content after sign-off, never lets an insider approve, changes only the parts it says, and refuses with typed errors', () => {
    let signedOff = 0;
    fc.assert(
      fc.property(sequence, (steps) => {
        if (play(steps).signedOff) signedOff++;
      }),
      { numRuns: 80 },
    );
    // The property is only worth something if random runs do reach sign-off, and edit on the way.
    expect(signedOff).toBeGreaterThan(0);
    expect(partsChecked).toBeGreaterThan(0);
  }, 30_000);

  it('says an edit of Welsh text changes the Welsh, the English it was written for and the editors', () => {
    const start = lifecycle.start(createEvent());
    const { patches } = editSection(start.assessment, 'policy', (policy, welsh) => {
      policy.aims = 'Fewer adjournments';
      welsh.set('scope', 'Cwmpas');
    });
    const event = { type: 'edit', by: people.contributor, at: at(1), section: 'policy', patches } as const;
    const after = lifecycle.apply(start, event).assessment;
    const changed = Object.keys(after).filter(
      (key) =>
        JSON.stringify(after[key as keyof Assessment]) !==
        JSON.stringify(start.assessment[key as keyof Assessment]),
    );
    expect(changed.sort()).toEqual(['editors', 'policy', 'welsh', 'welshOf']);
    expectOnlyChanged(partsChangedBy(event), start.assessment, after);
  });

  it('replays the log to exactly the state a live actor reaches', () => {
    fc.assert(
      fc.property(sequence, (steps) => {
        const { snapshot, log } = play(steps);
        expect(lifecycle.replay(log)).toEqual(snapshot);
        const actor = createActor(createLifecycleMachine(snapshot.assessment.approvalChain), {
          input: { assessment: log[0]!.type === 'create' ? log[0]!.assessment : snapshot.assessment },
        }).start();
        for (const event of log.slice(1)) actor.send(event as never);
        const live = actor.getSnapshot();
        expect({ status: toStatus(live.value), assessment: live.context.assessment }).toEqual({
          status: snapshot.status,
          assessment: snapshot.assessment,
        });
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('records a hash chain that verifies, and finds tampering with any one entry at that entry', () => {
    fc.assert(
      fc.property(sequence, fc.nat(), fc.string({ minLength: 1 }), (steps, pick, forged) => {
        const entries = record(play(steps).log);
        expect(verifyChain(entries)).toEqual({ ok: true, entries: entries.length });
        const index = pick % entries.length;
        const tampered = entries.map((entry, i) =>
          i === index ? { ...entry, event: { ...(entry.event as object), at: `forged ${forged}` } } : entry,
        );
        const result = verifyChain(tampered);
        expect(result.ok).toBe(false);
        expect(result.ok === false && result.index).toBe(index);
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});

describe('events the state takes without leaving it (self-transitions)', () => {
  it('are taken or refused exactly as xstate’s own step and explanation would, event by event', () => {
    const checks = createGuardChecks(() => []);
    let edits = 0;
    fc.assert(
      fc.property(sequence, (steps) => {
        let snapshot = lifecycle.start(createEvent());
        const machine = createLifecycleMachine(snapshot.assessment.approvalChain);
        for (const [minute, { kind, actor }] of steps.entries()) {
          const event = eventMakers(snapshot, everyone[actor]!, minute + 1)[kind]?.() as MachineEvent;
          if (!event) continue;
          const { state, stage } = snapshot.status;
          const value = stage ? { [state]: stage } : state;
          const resolved = machine.resolveState({ value, context: { assessment: snapshot.assessment } });
          const next = resolved.status === 'active' ? transition(machine, resolved, event)[0] : resolved;
          const after = toStatus(next.value);
          const moved = next.context !== resolved.context || after.state !== state || after.stage !== stage;
          const refusal = lifecycle.refusal(snapshot, event);
          const explained = moved ? undefined : explainRefusal(machine, checks, resolved, event);
          expect(refusal?.message).toBe(explained?.message);
          if (refusal) {
            expect(() => lifecycle.apply(snapshot, event)).toThrow(refusal.message);
            continue;
          }
          if (event.type === 'edit') edits++;
          snapshot = lifecycle.apply(snapshot, event);
          expect(snapshot).toEqual({
            snapshotVersion: snapshot.snapshotVersion,
            status: after,
            assessment: next.context.assessment,
          });
        }
      }),
      { numRuns: 60 },
    );
    // Worth something only if random runs do edit.
    expect(edits).toBeGreaterThan(0);
  }, 30_000);
});
