import { defaultProfile, isEqiaError, type Profile } from '@eqia/core';
import { appendObjectiveEvent } from '@eqia/core/objectives';
import { describe, expect, test } from 'vitest';
import { createClient } from '../client/create-client.js';
import type { EqiaClient } from '../client/types.js';
import type { AssessmentStore } from '../store/port.js';
import type { StoreUnderTest } from './conformance.js';
import { freshStoreEach } from './fresh-store.js';

const profile: Profile = {
  ...defaultProfile,
  users: [
    { id: 'julie', name: 'Julie Brown', jobTitle: 'Strategic Lead for EDI', roles: ['equality_lead'] },
    { id: 'sam', name: 'Sam Patel', jobTitle: 'Director of Operations', roles: ['approver'] },
    { id: 'chair', name: 'Chris Adeyemi', jobTitle: 'Chair of the Board', roles: ['approver'] },
  ],
};

const content = {
  title: 'Better data and insight',
  statement: 'Collect and use equality data about the families we work with.',
  owner: 'sam',
  period: { start: '2026-04-01', end: '2029-03-31' },
  measures: [
    { id: 'recorded', indicator: 'Cases with ethnicity recorded', unit: '%', baseline: 62, target: 90 },
  ],
};

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (isEqiaError(error) ? error.code : String(error)),
  );

/** What every store keeps of equality objectives: their logs, as the client writes and reads them. */
export function describeObjectives(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name} store, equality objectives`, () => {
    let store: AssessmentStore;
    let as: (user: string) => Promise<EqiaClient>;
    freshStoreEach(makeStore, profile, (made) => {
      store = made.store;
      as = (user) => createClient({ store, user, clock: () => new Date('2026-05-01T09:00:00Z') });
    });

    test('keeps an objective through approval and progress, and its log verifies', async () => {
      const julie = await as('julie');
      const { objective } = await julie.objectives.create(content);
      await julie.objectives.submit(objective.id);
      await (await as('chair')).objectives.approve(objective.id);
      const sam = await as('sam');
      await sam.objectives.recordProgress(objective.id, {
        asOf: '2026-06-30',
        rag: 'amber',
        narrative: 'New fields designed.',
        values: [{ measure: 'recorded', value: 70 }],
      });
      const view = await julie.objectives.get(objective.id);
      expect(view.version).toBe(4);
      expect(view.objective.status).toBe('in_progress');
      expect(view.objective.updates).toMatchObject([{ by: 'sam', rag: 'amber' }]);
      expect(await julie.objectives.list()).toEqual([view.summary]);
      expect(await julie.objectives.all()).toEqual([view.objective]);
      expect(await julie.objectives.verify(objective.id)).toEqual({ ok: true, entries: 4 });
      expect((await store.readObjective(objective.id))?.events.map((entry) => entry.seq)).toEqual([
        1, 2, 3, 4,
      ]);
    });

    test('refuses a stale append with a ConflictError and writes nothing', async () => {
      const julie = await as('julie');
      const { objective } = await julie.objectives.create(content);
      const stored = await store.readObjective(objective.id);
      if (!stored) throw new Error('not stored');
      const stale = {
        id: objective.id,
        expectedVersion: 0,
        events: stored.events,
        snapshot: stored.snapshot,
        summary: stored.summary,
      };
      expect(
        await codeOf(store.appendObjective({ ...stale, summary: { ...stale.summary, version: 1 } })),
      ).toBe('CONFLICT');
      expect((await store.readObjective(objective.id))?.events).toHaveLength(1);
    });

    test('keeps an objective’s Welsh with the English it was written for, and reads a version 1 snapshot', async () => {
      const julie = await as('julie');
      const { objective } = await julie.objectives.create({
        ...content,
        welsh: { title: 'Data a dirnadaeth well' },
      });
      await julie.objectives.edit(objective.id, {
        statement: 'Collect and use equality data well.',
        welsh: {
          statement: 'Casglu a defnyddio data cydraddoldeb yn dda.',
          'measures/recorded/indicator': '',
        },
      });
      const view = await julie.objectives.get(objective.id);
      expect(view.objective.welsh).toEqual({
        title: 'Data a dirnadaeth well',
        statement: 'Casglu a defnyddio data cydraddoldeb yn dda.',
      });
      expect(Object.keys(view.objective.welshOf ?? {})).toEqual(['title', 'statement']);
      expect(await julie.objectives.all()).toEqual([view.objective]);
      expect(await julie.objectives.verify(objective.id)).toEqual({ ok: true, entries: 2 });
    });

    test('reads an objective an older eqia wrote (snapshot version 1) through the client', async () => {
      const julie = await as('julie');
      const { objective } = await julie.objectives.create(content);
      const stored = await store.readObjective(objective.id);
      if (!stored) throw new Error('not stored');
      const at = '2026-05-01T10:00:00Z';
      const by = { id: 'julie', roles: ['equality_lead' as const] };
      const next = appendObjectiveEvent(stored.events, stored.snapshot.objective, {
        type: 'submitObjective',
        by,
        at,
      });
      await store.appendObjective({
        id: objective.id,
        expectedVersion: 1,
        events: [next.entry],
        snapshot: { snapshotVersion: 1, objective: next.objective },
        summary: { ...stored.summary, version: 2 },
      });
      expect((await julie.objectives.get(objective.id)).objective).toEqual(next.objective);
      expect(await julie.objectives.all()).toEqual([next.objective]);
      // The next change writes the current version.
      await (await as('chair')).objectives.approve(objective.id);
      expect((await store.readObjective(objective.id))?.snapshot.snapshotVersion).toBe(2);
    });

    test('gives readable ids, numbered on when a title is taken, and NOT_FOUND for an unknown one', async () => {
      const julie = await as('julie');
      expect((await julie.objectives.create(content)).objective.id).toBe('better-data-and-insight');
      expect((await julie.objectives.create(content)).objective.id).toBe('better-data-and-insight-2');
      expect(await codeOf(julie.objectives.get('nope'))).toBe('NOT_FOUND');
      expect(await store.readObjective('nope')).toBeUndefined();
    });
  });
}
