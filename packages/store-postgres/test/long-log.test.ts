import { defaultProfile as profile, verifyChain } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { noServer, openTestStore } from './server.js';

describe.skipIf(noServer)('a long log in one append', () => {
  it('is written whole, as a copied store appends each assessment’s log at once', async () => {
    const store = openTestStore();
    await store.init({ profile });
    // 16 400 entries need 65 601 parameters: more than one statement can carry.
    const request = chainedAppend('long', 16_400);

    await store.append(request);

    const stored = await store.read('long');
    expect(stored?.events).toEqual(request.events);
    expect(verifyChain(stored?.events ?? [])).toEqual({ ok: true, entries: 16_400 });
    await store.close();
  });
});
