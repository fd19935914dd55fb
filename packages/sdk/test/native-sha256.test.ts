import { recordEvent, sha256Hex, verifyChain } from '@eqia/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { nativeSha256 } from '../src/node.js';
import { createMemoryBacking, createMemoryStore } from '../src/store/memory-store.js';
import { profile } from './client-setup.js';

describe('nativeSha256 (@eqia/sdk/node)', () => {
  it('gives the hash core gives, for any text, lone surrogates and all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        expect(nativeSha256(text)).toBe(sha256Hex(text));
      }),
      { numRuns: 200 },
    );
  });

  it('links the chains core links, entry by entry', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 8 }), (events) => {
        let pure: ReturnType<typeof recordEvent> | undefined;
        let native: ReturnType<typeof recordEvent> | undefined;
        for (const event of events) {
          pure = recordEvent(pure, event);
          native = recordEvent(native, event, nativeSha256);
          expect(native.hash).toBe(pure.hash);
        }
      }),
    );
  });

  it('records logs through a client that core and a client without it verify', async () => {
    const backing = createMemoryBacking();
    const store = createMemoryStore({ backing, profile });
    const amara = await createClient({ store, user: 'amara', sha256: nativeSha256 });
    const { assessment } = await amara.create({ title: 'Car parking' });
    await amara.edit(assessment.id, 'policy', (policy) => {
      policy.scope = 'All sites, and the café’s 🚗 bays';
    });
    const stored = backing.assessments.get(assessment.id);
    expect(stored && verifyChain(stored.events)).toEqual({ ok: true, entries: 2 });
    const plain = await createClient({ store, user: 'amara' });
    expect(await plain.verify(assessment.id)).toMatchObject({ ok: true, entries: 2 });
    expect(await amara.verify(assessment.id)).toMatchObject({ ok: true, entries: 2 });
  });
});
