import { defaultProfile, type Profile, SNAPSHOT_VERSION } from '@eqia/core';
import { describe, expect, test } from 'vitest';
import { createClient } from '../client/create-client.js';
import { filterSummaries } from '../client/filter-summaries.js';
import type { ListFilter } from '../client/types.js';
import { createMemoryStore } from '../store/memory-store.js';
import type { AssessmentStore, StoredAssessment } from '../store/port.js';
import type { StoreUnderTest } from './conformance.js';
import { freshStoreEach } from './fresh-store.js';

const profile: Profile = {
  ...defaultProfile,
  users: [
    { id: 'amara', name: 'Amara', jobTitle: 'Policy officer', roles: ['author'] },
    { id: 'ben', name: 'Ben', jobTitle: 'Analyst', roles: ['contributor'] },
  ],
};

/** A real assessment, edited by amara and ben, as a store written by the first release (snapshot 1) holds it. */
async function writtenByVersionOne(): Promise<StoredAssessment> {
  const memory = createMemoryStore({ profile });
  const amara = await createClient({ store: memory, user: 'amara' });
  const { assessment } = await amara.create({ title: 'Booking rooms online' });
  await amara.edit(assessment.id, 'policy', (policy) => {
    policy.team = 'Estates';
    policy.contributors = ['ben'];
  });
  const ben = await createClient({ store: memory, user: 'ben' });
  await ben.edit(assessment.id, 'policy', (policy) => {
    policy.scope = 'Every meeting room in the two offices.';
  });
  const stored = (await memory.read(assessment.id)) as StoredAssessment;
  const { editors: _, ...before } = stored.snapshot.assessment;
  return { ...stored, snapshot: { ...stored.snapshot, snapshotVersion: 1, assessment: before as never } };
}

/**
 * What every store gives the client: snapshots an older eqia wrote come back migrated (the client
 * migrates what a store returns, with its log), and a filtered list never leaves out a match.
 */
export function describeReadsThroughClient(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name} store, read through the client`, () => {
    let store: AssessmentStore;
    freshStoreEach(makeStore, profile, (made) => {
      store = made.store;
    });

    test('a snapshot written by an older eqia is read migrated, from get and from snapshots alike', async () => {
      const old = await writtenByVersionOne();
      const id = old.summary.id;
      await store.append({ id, expectedVersion: 0, ...old });
      const client = await createClient({ store, user: 'amara' });
      const view = await client.get(id);
      expect(view.assessment.editors).toEqual(['amara', 'ben']);
      const [listed] = await client.snapshots();
      expect(listed?.assessment.editors).toEqual(['amara', 'ben']);
      // What the store holds is the record: it is not rewritten by a read.
      expect((await store.read(id))?.snapshot.snapshotVersion).toBe(1);
      await client.edit(id, 'policy', (policy) => {
        policy.aims = 'Rooms anyone can book.';
      });
      expect((await store.read(id))?.snapshot.snapshotVersion).toBe(SNAPSHOT_VERSION);
    });

    test('a filtered list leaves out no assessment the filter matches', async () => {
      const client = await createClient({ store, user: 'amara' });
      for (const title of ['Booking rooms online', 'Parking permits', 'Room signage'])
        await client.create({ title });
      const all = await store.list();
      const filters: ListFilter[] = [{ text: 'ROOM' }, { state: 'draft' }, { owner: 'nobody' }, {}];
      for (const filter of filters)
        expect(filterSummaries(await store.list(filter), filter)).toEqual(filterSummaries(all, filter));
    });
  });
}
