import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../src/index.js';
import type { AssessmentStore } from '../src/store/port.js';
import { profile, world } from './client-setup.js';

/** The store, with `before` run once just ahead of the next keepDigests: a save that lands meanwhile. */
function savingMeanwhile(store: AssessmentStore) {
  const meanwhile: { before?: () => Promise<unknown> } = {};
  const wrapped = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if (key !== 'keepDigests') return value.bind(target);
      return async (...args: unknown[]) => {
        const before = meanwhile.before;
        meanwhile.before = undefined;
        await before?.();
        return value.apply(target, args);
      };
    },
  });
  return { store: wrapped, meanwhile };
}

describe('refreshDigests', () => {
  it('leaves an assessment saved meanwhile with the digest its save made, and counts it apart', async () => {
    const { store, meanwhile } = savingMeanwhile(createMemoryStore({ profile }));
    const w = world({ store });
    const amara = await w.as('amara');
    const ops = await w.as('ops');
    const { assessment } = await amara.create({ title: 'Booking rooms online' });
    await amara.create({ title: 'Parking permits' });
    await ops.updateProfile((draft) => {
      draft.evidenceFreshnessMonths += 12;
    });
    meanwhile.before = () =>
      amara.edit(assessment.id, 'policy', (policy) => {
        policy.aims = 'Rooms anyone can book.';
      });
    expect(await ops.refreshDigests()).toEqual({ stale: 2, refreshed: 1 });
    // The save's own digest was made under the changed profile: nothing is stale now.
    expect(await ops.refreshDigests()).toEqual({ stale: 0, refreshed: 0 });
    expect((await amara.get(assessment.id)).assessment.policy.aims).toBe('Rooms anyone can book.');
  });

  it('stops between batches when its signal fires from an event, keeping the batches it made', async () => {
    const w = world({ store: createMemoryStore({ profile }) });
    const amara = await w.as('amara');
    const ops = await w.as('ops');
    // One more than a batch (200): the store answers at once, as SQLite does.
    for (let n = 0; n <= 200; n++) await amara.create({ title: `Policy ${n}` });
    await ops.updateProfile((draft) => {
      draft.evidenceFreshnessMonths += 12;
    });
    const stop = new AbortController();
    const done: number[] = [];
    const stopped = ops.refreshDigests({
      signal: stop.signal,
      // As Ctrl+C or a button would: an event the loop delivers, not a call made in the refresh.
      onProgress: (progress) => {
        done.push(progress.done);
        setTimeout(() => stop.abort(), 0);
      },
    });
    await expect(stopped).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(done).toEqual([200]);
    expect(await ops.refreshDigests()).toEqual({ stale: 1, refreshed: 1 });
  });
});
