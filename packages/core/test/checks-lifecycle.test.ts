import { describe, expect, it } from 'vitest';
import { check } from '../src/checks.js';
import {
  type Actor,
  type Assessment,
  BlockedByFindingsError,
  CreateEvent,
  cafcassProfile,
  createLifecycle,
  type PersistedSnapshot,
  parseEvent,
  workedExample,
  workedExampleNow,
} from '../src/index.js';
import { variant } from './checks/fixtures.js';

// The due-regard checks bound to the profile, as the SDK wires them into the machine's guards.
const lifecycle = createLifecycle({
  check: (assessment, at) => check(assessment, cafcassProfile, { now: at }),
});

const amara: Actor = { id: 'amara', roles: ['author'] };
const julie: Actor = { id: 'julie', roles: ['equality_lead'] };
const sam: Actor = { id: 'sam', roles: ['approver'] };
const stage = (id: string) => cafcassProfile.approvalChain.find((s) => s.id === id)!;

const event = (input: Record<string, unknown>) => parseEvent(input);
const step = (snapshot: PersistedSnapshot, input: Record<string, unknown>) =>
  lifecycle.apply(snapshot, event(input));
const approve = (by: Actor, stageId: string, at: string) =>
  event({ type: 'approve', by, at, stage: stageId, attestation: stage(stageId).attestation });

function assessing(assessment: Assessment): PersistedSnapshot {
  const draft = lifecycle.start(
    CreateEvent.parse({ type: 'create', by: amara, at: assessment.createdAt, assessment }),
  );
  return step(draft, {
    type: 'screen',
    by: amara,
    at: '2026-01-19T14:00:00Z',
    decision: 'full_assessment',
    rationale: 'The change affects every private law family.',
  });
}

function refusalOf(snapshot: PersistedSnapshot, input: ReturnType<typeof event>) {
  const refusal = lifecycle.refusal(snapshot, input);
  expect(refusal).toBeInstanceOf(BlockedByFindingsError);
  expect(() => lifecycle.apply(snapshot, input)).toThrow(BlockedByFindingsError);
  return refusal as BlockedByFindingsError;
}

describe('the checks guard the lifecycle', () => {
  it('refuses submission while a characteristic is unassessed, carrying the findings, and accepts it once fixed', () => {
    const unfinished = assessing(
      variant((d) => {
        d.analysis.religion_belief!.status = 'not_assessed';
      }),
    );
    const submit = event({ type: 'submit', by: amara, at: workedExampleNow });

    const refusal = refusalOf(unfinished, submit);
    expect(refusal.findings.map((f) => [f.ruleId, f.severity, f.path])).toEqual([
      ['characteristic-concluded', 'error', 'analysis.religion_belief.status'],
    ]);
    expect(refusal.message).toMatchInlineSnapshot(
      `"Cannot submit for review while 1 error-level finding remains: Religion or belief has not been assessed."`,
    );

    const fixed = step(unfinished, {
      type: 'edit',
      by: amara,
      at: workedExampleNow,
      section: 'analysis',
      patches: [{ op: 'replace', path: ['analysis', 'religion_belief', 'status'], value: 'no_impact' }],
    });
    expect(lifecycle.apply(fixed, submit).status).toEqual({ state: 'in_review', stage: 'equality_review' });
  });

  it('lets warnings through: they inform but do not block', () => {
    const warned = assessing(
      variant((d) => {
        d.intersectionality.cumulativeImpact = '';
      }),
    );
    expect(
      check(warned.assessment, cafcassProfile, { now: workedExampleNow }).map((f) => f.severity),
    ).toEqual(['warning']);
    expect(lifecycle.can(warned, event({ type: 'submit', by: amara, at: workedExampleNow }))).toBe(true);
  });

  it('refuses approval once the decision date has passed unsigned, and accepts it after the date is corrected', () => {
    let snapshot = step(assessing(workedExample), { type: 'submit', by: amara, at: workedExampleNow });
    snapshot = lifecycle.apply(snapshot, approve(julie, 'equality_review', '2026-03-05T10:00:00Z'));
    expect(snapshot.status).toEqual({ state: 'in_review', stage: 'senior_sign_off' });

    // The board met on 16 March; the senior approver gets to it four days later.
    const late = approve(sam, 'senior_sign_off', '2026-03-20T09:00:00Z');
    const refusal = refusalOf(snapshot, late);
    expect(refusal.findings.map((f) => f.message)).toEqual([
      'The decision is dated 2026-03-16, but this assessment is not signed off yet (today is 2026-03-20).',
    ]);

    snapshot = step(snapshot, {
      type: 'requestChanges',
      by: sam,
      at: '2026-03-20T09:05:00Z',
      stage: 'senior_sign_off',
      comment: 'The decision has moved to the April board: correct the date.',
    });
    snapshot = step(snapshot, {
      type: 'edit',
      by: amara,
      at: '2026-03-20T11:00:00Z',
      section: 'decision',
      patches: [{ op: 'replace', path: ['decision', 'date'], value: '2026-04-13' }],
    });
    snapshot = step(snapshot, { type: 'submit', by: amara, at: '2026-03-20T11:05:00Z' });
    snapshot = lifecycle.apply(snapshot, approve(julie, 'equality_review', '2026-03-23T10:00:00Z'));
    snapshot = lifecycle.apply(snapshot, approve(sam, 'senior_sign_off', '2026-03-24T10:00:00Z'));
    expect(snapshot.status).toEqual({ state: 'signed_off' });
    expect(check(snapshot.assessment, cafcassProfile, { now: '2026-03-24T10:00:00Z' })).toEqual([]);
  });
});
