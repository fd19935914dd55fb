import { describe, expect, it } from 'vitest';
import { world } from './client-setup.js';

describe('profile changes are recorded', () => {
  it('each change through the client is a chained entry saying who changed what, and when', async () => {
    const w = world();
    const ops = await w.as('ops');
    await ops.updateProfile((draft) => {
      const julie = draft.users.find((user) => user.id === 'julie');
      if (julie) julie.roles = ['equality_lead', 'approver'];
    });
    w.time.advanceDays(1);
    const julie = await w.as('julie');
    await julie.registerKey({ id: 'julie-1', publicKey: 'a'.repeat(64) });
    await julie.revokeKey('julie-1');
    const changes = (await w.store.readProfile())?.changes ?? [];
    expect(changes.map(({ seq, event }) => [seq, event.by.id, event.changed])).toEqual([
      [1, 'ops', ['users.2.roles.1']],
      [2, 'julie', ['keys.0']],
      [3, 'julie', ['keys.0.revokedAt', 'keys.0.revokedBy']],
    ]);
    expect(await ops.verifyProfile()).toMatchObject({ ok: true, entries: 3 });
  });

  it('a profile changed outside eqia fails verification, and a replaced profile cannot bring its own log', async () => {
    const w = world();
    const ops = await w.as('ops');
    await ops.updateProfile((draft) => {
      draft.reviewIntervalMonths = 24;
    });
    const profile = (await w.store.readProfile())!;
    await ops.updateProfile((draft) => {
      Object.assign(draft, { ...profile, changes: [] });
    });
    expect((await w.store.readProfile())?.changes).toHaveLength(2);
    await w.store.writeProfile({ ...profile, users: profile.users.filter((user) => user.id !== 'sam') });
    expect(await ops.verifyProfile()).toMatchObject({ ok: false });
  });
});
