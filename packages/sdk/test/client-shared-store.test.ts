import { describe, expect, it } from 'vitest';
import { createEqia } from '../src/client/eqia.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import type { AssessmentStore } from '../src/store/port.js';
import { profile } from './client-setup.js';

/** What `await using` calls: `Symbol.asyncDispose`, present at run time though the types leave it out. */
const disposeOf = (value: object) => (value as Record<symbol, () => Promise<void>>)[Symbol.asyncDispose]!;

/** A memory store that counts how often it is closed. */
function countingStore(): { store: AssessmentStore; closes: () => number } {
  const store = createMemoryStore({ profile });
  let closes = 0;
  return {
    store: {
      ...store,
      close: async () => {
        closes++;
      },
    },
    closes: () => closes,
  };
}

describe('one store, many users (createEqia)', () => {
  it('gives each user a client on the one store, and a client closing leaves it open for the others', async () => {
    const { store, closes } = countingStore();
    const eqia = createEqia({ store });
    const amara = await eqia.as('amara');
    const julie = await eqia.as('julie');
    const { assessment } = await amara.create({ title: 'Video hearings' });
    await amara.close();
    expect(closes()).toBe(0);
    expect((await julie.list()).map((summary) => summary.id)).toEqual([assessment.id]);
    await expect(eqia.as('nobody')).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await disposeOf(eqia)();
    expect(closes()).toBe(1);
  });

  it('still closes the store with a client of its own (createClient), also when disposed', async () => {
    const { store, closes } = countingStore();
    const { createClient } = await import('../src/client/create-client.js');
    const amara = await createClient({ store, user: 'amara' });
    await disposeOf(amara)();
    expect(closes()).toBe(1);
  });
});
