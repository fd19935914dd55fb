import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { profile } from './client-setup.js';

// Someone removed from the profile while their client is open is refused in the client's language by
// every call, reading ones included.

const welshBody = { ...profile, languages: { publishes: ['cy', 'en'] as const, default: 'cy' as const } };

describe('a user the profile no longer knows, in Welsh', () => {
  it('is refused in Welsh by export, revision, equality data and objectives, with the code of English', async () => {
    const store = createMemoryStore({ profile: welshBody });
    const amara = await createClient({ store, user: 'amara' });
    const { assessment } = await amara.create({ title: 'Video hearings' });
    const ops = await createClient({ store, user: 'ops' });
    await ops.updateProfile((draft) => {
      draft.users = draft.users.filter((user) => user.id !== 'amara');
    });
    const notAUser = { code: 'FORBIDDEN', message: expect.stringMatching(/^Nid yw "amara" yn ddefnyddiwr/) };
    for (const call of [
      () => amara.exportAssessment(assessment.id),
      () => amara.startRevision(assessment.id),
      () => amara.objectives.list(),
      () => amara.data.history(),
    ])
      expect(await call().catch((error: unknown) => error)).toMatchObject(notAUser);
  });
});
