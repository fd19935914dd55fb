import { defaultProfile, type Profile } from '@eqia/core';
import { digestAssessment } from '@eqia/core/checks';
import { describe, expect, test } from 'vitest';
import { createClient } from '../client/create-client.js';
import type { AssessmentStore } from '../store/port.js';
import type { StoreUnderTest } from './conformance.js';
import { freshStoreEach } from './fresh-store.js';
import { sampleAppend } from './sample-appends.js';

const profile: Profile = {
  ...defaultProfile,
  users: [{ id: 'amara', name: 'Amara', jobTitle: 'Equality lead', roles: ['author', 'admin'] }],
};
/** Another profile: a digest made under it has checks another fingerprint marks. */
const stricter: Profile = { ...profile, evidenceFreshnessMonths: 6 };

/** The store with every read of a snapshot counted: what a whole-store check must not need. */
function countingSnapshotReads(store: AssessmentStore) {
  const counted = { reads: 0 };
  const wrapped = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if (key === 'read' || key === 'readSnapshots')
        return (...args: unknown[]) => {
          counted.reads += 1;
          return value.apply(target, args);
        };
      return value.bind(target);
    },
  });
  return { store: wrapped, counted };
}

/**
 * Digests made again from the snapshots (`keepDigests`, and the client's `refreshDigests` over it): kept
 * only where the assessment is still at the version they were made from, changing nothing else.
 */
export function describeDigestRefresh(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name} store, digests made again`, () => {
    let store: AssessmentStore;
    freshStoreEach(makeStore, profile, (made) => {
      store = made.store;
    });

    test('keepDigests keeps a digest made at the version the assessment is at, and changes nothing else', async () => {
      await store.append(sampleAppend('a', 0));
      const before = await store.read('a');
      if (!before) throw new Error('not stored');
      const remade = digestAssessment(before.snapshot.assessment, stricter, []);
      expect(await store.keepDigests([{ summary: before.summary, digest: remade }])).toBe(1);
      if (store.readDigests) {
        const [found] = await store.readDigests(['a']);
        expect(found?.digest).toEqual(remade);
        const [checks] = await store.readDigests(['a'], 'checks');
        expect(checks?.digest?.checks).toEqual(remade.checks);
      }
      if (store.readChecks)
        for await (const [found] of store.readChecks(10))
          expect(found?.digest).toEqual({ digestVersion: remade.digestVersion, checks: remade.checks });
      expect(await store.read('a')).toEqual(before);
      expect(await store.list()).toEqual([before.summary]);
    });

    test('a digest made at an older version, or of an assessment the store does not hold, is not kept', async () => {
      const first = sampleAppend('a', 0);
      await store.append(first);
      const latest = sampleAppend('a', 1, { title: 'Saved since' });
      await store.append(latest);
      const stale = digestAssessment(first.snapshot.assessment, stricter, []);
      const absent = { ...sampleAppend('z', 0).summary };
      expect(
        await store.keepDigests([
          { summary: first.summary, digest: stale },
          { summary: absent, digest: stale },
        ]),
      ).toBe(0);
      expect(await store.keepDigests([])).toBe(0);
      if (store.readDigests) expect((await store.readDigests(['a']))[0]?.digest).toEqual(latest.digest);
      expect(await store.read('z')).toBeUndefined();
    });

    test('refreshDigests gives a digest to an assessment saved without one (by an older eqia)', async () => {
      const { digest: _, ...bare } = sampleAppend('a', 0);
      await store.append(bare);
      const client = await createClient({ store, user: 'amara' });
      expect(await client.refreshDigests()).toEqual({ stale: 1, refreshed: 1 });
      if (store.readDigests) {
        const [found] = await store.readDigests(['a']);
        expect(found?.digest).toEqual(digestAssessment(bare.snapshot.assessment, profile, []));
      }
      expect(await client.refreshDigests()).toEqual({ stale: 0, refreshed: 0 });
    });

    test("after a profile change, refreshDigests makes every stale digest again, and the whole-store check then reads no assessment's snapshot", async () => {
      const { store: counting, counted } = countingSnapshotReads(store);
      const client = await createClient({ store: counting, user: 'amara' });
      for (const title of ['Booking rooms', 'Parking permits', 'Room signage'])
        await client.create({ title });
      await client.updateProfile((draft) => {
        draft.users.push({ id: 'ben', name: 'Ben', jobTitle: 'Analyst', roles: ['contributor'] });
      });
      counted.reads = 0;
      const before = await client.checkAll();
      expect(counted.reads).toBeGreaterThan(0);
      const told: { done: number; of: number }[] = [];
      expect(await client.refreshDigests({ onProgress: (progress) => told.push(progress) })).toEqual({
        stale: 3,
        refreshed: 3,
      });
      expect(told).toEqual([{ done: 3, of: 3 }]);
      counted.reads = 0;
      expect(await client.checkAll()).toEqual(before);
      expect(counted.reads).toBe(0);
      expect(await client.refreshDigests()).toEqual({ stale: 0, refreshed: 0 });
    });

    test('a Welsh body keeps its findings in Welsh too: a Welsh whole-store check reads no snapshot, and finds what each assessment read whole gives', async () => {
      const { store: counting, counted } = countingSnapshotReads(store);
      const english = await createClient({ store: counting, user: 'amara', locale: 'en' });
      await english.updateProfile((draft) => {
        draft.languages = { publishes: ['cy', 'en'], default: 'cy' };
      });
      for (const title of ['Booking rooms', 'Parking permits']) await english.create({ title });
      const welsh = await createClient({ store: counting, user: 'amara', locale: 'cy' });
      counted.reads = 0;
      const checked = await welsh.checkAll();
      expect(counted.reads).toBe(0);
      for (const { id, findings } of checked) {
        expect(findings).toEqual((await welsh.get(id)).findings);
        expect(findings.map((finding) => finding.message)).not.toEqual(
          (await english.get(id)).findings.map((finding) => finding.message),
        );
      }
      expect(checked).toHaveLength(2);
    });
  });
}
