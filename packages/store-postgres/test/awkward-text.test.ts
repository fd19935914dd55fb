import { defaultProfile, type Profile, ValidationError } from '@eqia/core';
import { createClient } from '@eqia/sdk';
import { describe, expect, it } from 'vitest';
import { noServer, openTestStore } from './server.js';

const profile: Profile = {
  ...defaultProfile,
  users: [{ id: 'amara', name: 'Amara', jobTitle: 'Policy officer', roles: ['author'] }],
};

describe.skipIf(noServer)('text PostgreSQL cannot keep', () => {
  it('a NUL in a text field is refused as input the user can fix, and nothing is written', async () => {
    const store = openTestStore();
    await store.init({ profile });
    const client = await createClient({ store, user: 'amara' });
    const { assessment } = await client.create({ title: 'Booking rooms online' });
    const before = await client.get(assessment.id);

    const failure = await client
      .edit(assessment.id, 'policy', (policy) => {
        policy.title = 'Booking rooms \u0000 online';
      })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ValidationError);
    expect((failure as Error).message).toContain('U+0000 (NUL)');
    expect((failure as Error).message).toContain('Nothing was written');
    expect((await client.get(assessment.id)).version).toBe(before.version);
    await client.close();
  });
});
