import { ConflictError } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import type { ChangeListener } from '../src/client/types.js';
import { world } from './client-setup.js';

describe('two clients on one store', () => {
  it('turns a stale read into a ConflictError and never loses an update', async () => {
    const w = world();
    const amara = await w.as('amara');
    const ops = await w.as('ops');
    const { assessment } = await amara.create({ title: 'Lone working' });
    const id = assessment.id;

    // Both read version 1; whichever appends second is refused.
    const results = await Promise.allSettled([
      amara.edit(id, 'policy', (p) => {
        p.scope = 'Advisers visiting families';
      }),
      ops.edit(id, 'policy', (p) => {
        p.team = 'Health and safety';
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect(refused.reason).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    expect((await amara.history(id)).map((h) => h.type)).toEqual(['create', 'edit']);

    // The loser reads again and retries: both changes are kept.
    await ops.edit(id, 'policy', (p) => {
      p.team = 'Health and safety';
    });
    const { assessment: now } = await amara.get(id);
    expect(now.policy.team).toBe('Health and safety');
    expect(now.policy.scope).toBe('Advisers visiting families');
  });

  it('refuses a version the store does not hold yet, saying how many it holds', async () => {
    const w = world();
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Lone working' });
    const refused = amara.edit(
      assessment.id,
      'policy',
      (p) => {
        p.scope = 'Advisers visiting families';
      },
      { expectedVersion: 3 },
    );
    await expect(refused).rejects.toThrow('you acted on version 3, but the store holds only 1 version.');
  });

  it('refuses to create an id that is already taken', async () => {
    const w = world();
    const amara = await w.as('amara');
    await amara.create({ id: 'eqia-1', title: 'First' });
    await expect((await w.as('ben')).create({ id: 'eqia-1', title: 'Second' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await amara.get('eqia-1')).assessment.policy.title).toBe('First');
  });
});

describe('subscriptions', () => {
  it('tells subscribers about each stored change, and stops when they unsubscribe', async () => {
    const w = world();
    const amara = await w.as('amara');
    const heard: string[] = [];
    const listener: ChangeListener = ({ id, type, summary }) =>
      heard.push(`${id} ${type} v${summary.version}`);
    const unsubscribe = amara.subscribe(listener);
    const { assessment } = await amara.create({ title: 'Flexible hours' });
    await amara.edit(assessment.id, 'policy', (p) => {
      p.team = 'People';
    });
    // An edit that changes nothing is refused, and a refused change is not told.
    await expect(amara.edit(assessment.id, 'policy', () => {})).rejects.toMatchObject({ code: 'VALIDATION' });
    unsubscribe();
    await amara.edit(assessment.id, 'policy', (p) => {
      p.team = 'HR';
    });
    expect(heard).toEqual(['id-1 create v1', 'id-1 edit v2']);
  });

  it('keeps a change even when a subscriber throws', async () => {
    const w = world();
    const amara = await w.as('amara');
    amara.subscribe(() => {
      throw new Error('listener bug');
    });
    const { assessment } = await amara.create({ title: 'Uniform' });
    expect((await amara.get(assessment.id)).summary.version).toBe(1);
  });
});
