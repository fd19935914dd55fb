import { cafcassProfile } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createEqia } from '../src/client/eqia.js';
import { createMemoryStore } from '../src/store/memory-store.js';

describe('equality data read back from a damaged store', () => {
  it('is a StoreCorruptError naming the import, for its history and its figures alike', async () => {
    const store = createMemoryStore({ profile: cafcassProfile });
    // A row edited by hand: valid JSON, but no pay gap figures.
    await store.appendEqualityData({
      recordedAt: '2026-04-01T09:00:00.000Z',
      recordedBy: 'julie',
      data: { kind: 'pay_gap', dimension: 'sex', period: '2025-26' },
    } as never);
    const julie = await createEqia({ store }).as('julie');
    for (const read of [() => julie.data.history(), () => julie.data.figures()])
      await expect(read()).rejects.toMatchObject({
        code: 'STORE_CORRUPT',
        message: expect.stringMatching(
          /equality data import 1 that is not shaped as eqia writes it: nothing was changed\..*\n {2}- data\./s,
        ),
      });
  });
});
