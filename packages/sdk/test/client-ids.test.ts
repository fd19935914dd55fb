import { cafcassProfile } from '@eqia/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { idFromTitle } from '../src/client/new-id.js';
import { createMemoryStore } from '../src/store/memory-store.js';

describe('ids of new assessments', () => {
  it('come from the title, so people can type them, and stay unique', async () => {
    const store = createMemoryStore({ profile: cafcassProfile });
    const amara = await createClient({ store, user: 'amara' });
    const first = await amara.create({ title: 'Remote first hearings: a pilot (2026)' });
    const second = await amara.create({ title: 'Remote first hearings — a pilot, 2026' });
    expect(first.assessment.id).toBe('remote-first-hearings-a-pilot-2026');
    expect(second.assessment.id).toBe('remote-first-hearings-a-pilot-2026-2');
  });

  it('fall back to a random id when the title has nothing to use', async () => {
    const store = createMemoryStore({ profile: cafcassProfile });
    const amara = await createClient({ store, user: 'amara' });
    expect((await amara.create({ title: '“¿?”' })).assessment.id).toMatch(/^[0-9a-z]{9}-[0-9a-z]{8}$/);
  });

  it('are always valid assessment ids, at most 40 characters', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const id = idFromTitle(title);
        if (id !== undefined) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/);
      }),
    );
  });
});
