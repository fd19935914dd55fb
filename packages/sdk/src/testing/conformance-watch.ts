import { defaultProfile, isEqiaError, type Profile } from '@eqia/core';
import { afterEach, describe, expect, test } from 'vitest';
import { createEqia } from '../client/eqia.js';
import type { AssessmentChange, ChangeFeed } from '../client/results.js';
import type { AssessmentStore } from '../store/port.js';
import type { StoreUnderTest } from './conformance.js';
import { freshStoreEach } from './fresh-store.js';

const profile: Profile = {
  ...defaultProfile,
  users: [
    { id: 'amara', name: 'Amara', jobTitle: 'Policy officer', roles: ['author'] },
    { id: 'ben', name: 'Ben', jobTitle: 'Analyst', roles: ['viewer'] },
  ],
};

/** The next `count` changes of a feed; a store that polls may take a moment, a store that never tells fails. */
async function nextChanges(feed: ChangeFeed, count: number): Promise<AssessmentChange[]> {
  const changes: AssessmentChange[] = [];
  if (count === 0) return changes;
  for await (const change of feed) {
    changes.push(change);
    if (changes.length === count) break;
  }
  return changes;
}

/** How a feed's iteration ends: `done`, or the code of what it threw. */
async function endOf(feed: ChangeFeed): Promise<string> {
  try {
    for await (const _ of feed);
    return 'done';
  } catch (error) {
    return isEqiaError(error) ? error.code : String(error);
  }
}

/**
 * Watching, held alike for every store that offers it (`watch` in the port): a change stored through
 * another store object on the same store (another process, another server) reaches a watcher, with what,
 * who, version and sequence; stopping a feed, closing the store and the caller's signal each end it.
 */
export function describeWatching(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name} store tells its watchers`, () => {
    let store: AssessmentStore;
    let other: AssessmentStore;
    freshStoreEach(makeStore, profile, async (made) => {
      store = made.store;
      other = made.openAnother ? await made.openAnother() : store;
    });
    // Run before freshStoreEach's (vitest runs after-hooks last registered first).
    afterEach(() => other.close());

    test('a change stored through another store object arrives with what, who, version and sequence', async () => {
      const watching = await createEqia({ store }).as('ben');
      const feed = await watching.watch();
      const amara = await createEqia({ store: other }).as('amara');
      const { id } = (await amara.create({ title: 'Booking rooms online' })).assessment;
      await amara.edit(id, 'policy', (policy) => {
        policy.scope = 'Both offices.';
      });
      const changes = await nextChanges(feed, 2);
      expect(changes).toMatchObject([
        { id, type: 'create', by: 'amara', version: 1 },
        { id, type: 'edit', by: 'amara', version: 2 },
      ]);
      expect(changes[1]?.sequence).toBeGreaterThan(changes[0]?.sequence ?? Number.POSITIVE_INFINITY);
      expect(Date.parse(changes[1]?.at ?? '')).not.toBeNaN();
    });

    test("one assessment's feed hears only its changes, its own store's as well", async () => {
      const amara = await createEqia({ store }).as('amara');
      const first = (await amara.create({ title: 'Booking rooms online' })).assessment.id;
      const second = (await amara.create({ title: 'Remote hearings' })).assessment.id;
      const feed = await amara.watch({ id: second });
      await amara.edit(first, 'policy', (policy) => {
        policy.scope = 'One office.';
      });
      await amara.edit(second, 'policy', (policy) => {
        policy.scope = 'Every court.';
      });
      expect(await nextChanges(feed, 1)).toMatchObject([{ id: second, type: 'edit', version: 2 }]);
    });

    test('a stopped feed hears nothing more and its iteration ends', async () => {
      const amara = await createEqia({ store: other }).as('amara');
      const ben = await createEqia({ store }).as('ben');
      const heard: AssessmentChange[] = [];
      const stopped = await ben.watch({ onChange: (change) => heard.push(change) });
      const still = await ben.watch();
      stopped.stop();
      await amara.create({ title: 'Booking rooms online' });
      // Both feeds hear the same store: once the one still watching has the change, the other would have.
      expect(await nextChanges(still, 1)).toMatchObject([{ type: 'create' }]);
      expect(heard).toEqual([]);
      expect(await endOf(stopped)).toBe('done');
    });

    test('closing the store ends every feed', async () => {
      const ben = await createEqia({ store }).as('ben');
      const feeds = [await ben.watch(), await ben.watch({ id: 'any' })];
      await store.close();
      expect(await Promise.all(feeds.map(endOf))).toEqual(['done', 'done']);
    });

    test("the caller's signal ends a feed with CANCELLED, and one already fired watches nothing", async () => {
      const ben = await createEqia({ store }).as('ben');
      const controller = new AbortController();
      const feed = await ben.watch({ signal: controller.signal });
      const ending = endOf(feed);
      controller.abort();
      expect(await ending).toBe('CANCELLED');
      await expect(ben.watch({ signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'CANCELLED' });
    });
  });
}
