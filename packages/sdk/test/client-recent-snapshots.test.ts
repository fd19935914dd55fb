import { describe, expect, it } from 'vitest';
import { world } from './client-setup.js';

/*
 * After a command the client remembers the snapshot core produced, so that the next edit of the same
 * assessment validates only its section (recent-snapshots.ts). The store stays the record: whatever it
 * holds decides, even at the same version.
 */
describe('editing an assessment again', () => {
  it('builds on what the store holds when it changed behind the client at the same version', async () => {
    const w = world();
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Car parking' });
    await amara.edit(assessment.id, 'policy', (policy) => {
      policy.team = 'Estates';
    });
    // Another tool rewrote the stored content without a new event (the version is the same).
    const stored = w.backing.assessments.get(assessment.id)!;
    stored.snapshot = structuredClone(stored.snapshot);
    stored.snapshot.assessment.policy.title = 'Car parking and cycle storage';

    const edited = await amara.edit(assessment.id, 'policy', (policy) => {
      policy.team = 'Facilities';
    });
    expect(edited.assessment.policy).toMatchObject({
      title: 'Car parking and cycle storage',
      team: 'Facilities',
    });
  });

  it('gives the same result as a client that never saw it before', async () => {
    const w = world();
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Car parking' });
    for (const team of ['Estates', 'Facilities', 'Estates and facilities'])
      await amara.edit(assessment.id, 'policy', (policy) => {
        policy.team = team;
      });
    const fresh = await w.as('amara');
    const afterRemembered = await amara.edit(assessment.id, 'policy', (policy) => {
      policy.title = 'Parking';
    });
    expect(await fresh.get(assessment.id)).toMatchObject({
      assessment: afterRemembered.assessment,
      status: afterRemembered.status,
    });
  });
});
