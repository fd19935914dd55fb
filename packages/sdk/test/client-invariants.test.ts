import {
  type Assessment,
  type AssessmentEvent,
  type CreateEvent,
  createLifecycle,
  EqiaError,
  type PersistedSnapshot,
  type Profile,
  workedExample,
} from '@eqia/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EqiaClient } from '../src/client/types.js';
import { assessingSections, draftSections, profile, world } from './client-setup.js';

const profileWithMixedRoles: Profile = {
  ...profile,
  users: [
    ...profile.users,
    { id: 'kim', name: 'Kim Lee', jobTitle: '', roles: ['author', 'equality_lead'] },
    { id: 'ada', name: 'Ada Shaw', jobTitle: '', roles: ['admin', 'approver'] },
  ],
};
// Replays trust recorded findings decisions, as core's replay does; every other guard still runs.
const lifecycle = createLifecycle();
const users = profileWithMixedRoles.users.map((user) => user.id);

type Step = (client: EqiaClient, id: string) => Promise<unknown>;

/** Writes the worked example's content into the assessment as far as the state allows. */
const fill: Step = async (client, id) => {
  await client.edit(id, 'screening', (s) => {
    s.answers = structuredClone(workedExample.screening.answers);
  });
  await client.screen(id, { kind: 'full_assessment', rationale: 'Wide reach.' });
  for (const section of [...draftSections, ...assessingSections])
    await client.edit(
      id,
      section,
      () => structuredClone(workedExample[section]) as Assessment[typeof section],
    );
};

const steps: Record<string, Step> = {
  fill,
  edit: (c, id) =>
    c.edit(id, 'policy', (p) => {
      p.scope = `${p.scope} More.`;
    }),
  screenOut: (c, id) => c.screen(id, { kind: 'not_required', rationale: 'No effect on people.' }),
  submit: (c, id) => c.submit(id),
  approve: (c, id) => c.approve(id),
  requestChanges: (c, id) => c.requestChanges(id, { comment: 'Say more about race.' }),
  withdrawSubmission: (c, id) => c.withdrawSubmission(id),
  comment: (c, id) => c.comment(id, { section: 'analysis', body: 'Is this current?' }),
  verdict: (c, id) => c.verdict(id, { section: 'analysis', verdict: 'improvable' }),
  publish: (c, id) => c.publish(id, { location: 'intranet' }),
  reaffirm: (c, id) => c.reaffirm(id, { nextReviewDate: '2027-03-01' }),
  startRevision: (c, id) => c.startRevision(id),
  withdraw: (c, id) => c.withdraw(id, { reason: 'Policy dropped.' }),
  updateAction: (c, id) => c.updateAction(id, workedExample.actions[0]?.id ?? 'none', { status: 'done' }),
  note: (c, id) => c.addMonitoringNote(id, 'Fewer adjournments so far.'),
  create: (c) => c.create({ title: 'Random policy' }),
};

const writers = ['amara', 'ben', 'kim', 'ops', 'ada'];
const reviewers = ['julie', 'sam', 'kim', 'ada'];
const reviewing = new Set(['approve', 'requestChanges', 'verdict', 'reaffirm']);

/** Mostly someone who could plausibly act, so sequences reach sign-off; sometimes anyone at all. */
const command = fc.constantFrom(...Object.keys(steps)).chain((step) =>
  fc.record({
    step: fc.constant(step),
    user: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...(reviewing.has(step) ? reviewers : writers)) },
      { weight: 1, arbitrary: fc.constantFrom(...users) },
    ),
    target: fc.nat(3),
  }),
);

/** The seed's way to publication: fill, submit, both stages, publish. */
const seedPath: [string, string][] = [
  ['fill', 'amara'],
  ['submit', 'amara'],
  ['approve', 'julie'],
  ['approve', 'sam'],
  ['publish', 'amara'],
];

/** The content sign-off freezes: all but action progress, monitoring, the review record and what ends its life. */
function frozenContent(assessment: Assessment) {
  const {
    monitoring: _m,
    review: _r,
    publication: _p,
    supersededBy: _s,
    withdrawal: _w,
    actions,
    ...rest
  } = assessment;
  return { ...rest, actions: actions.map(({ status: _status, updates: _updates, ...action }) => action) };
}

/** Checks one assessment's whole record; returns whether it was ever signed off. */
async function checkInvariants(client: EqiaClient, id: string, events: readonly AssessmentEvent[]) {
  expect(await client.verify(id)).toMatchObject({ ok: true, entries: events.length });
  let snapshot: PersistedSnapshot | undefined;
  let frozen: unknown;
  for (const [index, event] of events.entries()) {
    const before = snapshot;
    snapshot = before ? lifecycle.apply(before, event) : lifecycle.start(event as CreateEvent);
    if (event.type === 'approve' && before) {
      const { createdBy, policy } = before.assessment;
      expect([createdBy, policy.owner, ...policy.contributors]).not.toContain(event.by.id);
      const editors = events
        .slice(0, index)
        .filter((e) => e.type === 'edit')
        .map((e) => e.by.id);
      expect(editors).not.toContain(event.by.id);
    }
    if (frozen !== undefined) expect(frozenContent(snapshot.assessment)).toEqual(frozen);
    else if (snapshot.status.state === 'signed_off') frozen = frozenContent(snapshot.assessment);
  }
  return frozen !== undefined;
}

describe('random command sequences by random users', () => {
  it('never break the invariants', { timeout: 120_000 }, async () => {
    let signedOff = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(seedPath.length),
        fc.array(command, { minLength: 1, maxLength: 25 }),
        async (start, commands) => {
          const w = world({ profile: profileWithMixedRoles });
          const clients = new Map<string, EqiaClient>();
          const as = async (user: string) =>
            clients.get(user) ?? clients.set(user, await w.as(user)).get(user)!;
          // A seed taken some way along its life, so random steps start from every state that matters.
          const seed = (await (await as('amara')).create({ title: 'Seed' })).assessment.id;
          for (const [step, user] of seedPath.slice(0, start))
            await (steps[step] as Step)(await as(user), seed);
          for (const { step, user, target } of commands) {
            const client = await as(user);
            const ids = [...w.backing.assessments.keys()];
            const id = ids[target % ids.length] as string;
            try {
              await (steps[step] as Step)(client, id);
            } catch (error) {
              if (!(error instanceof EqiaError)) throw error;
            }
          }
          const reader = await as('val');
          for (const [id, stored] of w.backing.assessments) {
            const events = stored.events.map((entry) => entry.event as AssessmentEvent);
            if (await checkInvariants(reader, id, events)) signedOff++;
          }
        },
      ),
      { numRuns: 25 },
    );
    // The sequences must reach sign-off often enough for the frozen-content check to mean something.
    expect(signedOff).toBeGreaterThan(0);
  });
});
