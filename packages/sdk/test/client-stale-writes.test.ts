import { ConflictError } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { StoreBusyError } from '../src/index.js';
import { world } from './client-setup.js';

const scope = (text: string) => (policy: { scope: string }) => {
  policy.scope = text;
};

/** amara's assessment, with ben as a contributor, and a copy of it as a form would have loaded it. */
async function loadedForm() {
  const w = world();
  const amara = await w.as('amara');
  const ben = await w.as('ben');
  const { assessment } = await amara.create({ title: 'Booking rooms online' });
  await amara.edit(assessment.id, 'policy', (policy) => {
    policy.contributors = ['ben'];
  });
  const loaded = await amara.get(assessment.id);
  return { w, amara, ben, id: assessment.id, loaded };
}

describe('a stale form does not overwrite', () => {
  it('a view says which version it shows', async () => {
    const { loaded } = await loadedForm();
    expect(loaded.version).toBe(2);
    expect(loaded.version).toBe(loaded.summary.version);
  });

  it('refuses an edit made on a version someone else has moved on, keeping their change, and says what changed', async () => {
    const { amara, ben, id, loaded } = await loadedForm();
    await ben.edit(id, 'policy', scope('Both offices, as Ben wrote.'));
    const stale = amara.edit(id, 'policy', scope('Amara’s older scope.'), {
      expectedVersion: loaded.version,
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    const error = (await stale.catch((caught: unknown) => caught)) as ConflictError;
    expect(error).toMatchObject({ expectedVersion: 2, actualVersion: 3, retryable: false });
    expect(error.changes).toEqual([expect.objectContaining({ seq: 3, type: 'edit', by: 'ben' })]);
    expect(error.message).toContain('ben');
    expect(error.message).toMatch(/policy/);
    expect((await amara.get(id)).assessment.policy.scope).toBe('Both offices, as Ben wrote.');
  });

  it('refuses every kind of command on a stale version, and accepts the version it was loaded at', async () => {
    const { amara, ben, id, loaded } = await loadedForm();
    await ben.edit(id, 'decision', (decision) => {
      decision.maker = 'Director of Estates';
    });
    await expect(amara.submit(id, { expectedVersion: loaded.version })).rejects.toBeInstanceOf(ConflictError);
    const fresh = await amara.get(id);
    const view = await amara.edit(id, 'policy', scope('Both offices.'), { expectedVersion: fresh.version });
    expect(view.version).toBe(fresh.version + 1);
  });

  it('a session given the version its form loaded refuses rather than re-applying to a newer one', async () => {
    const { amara, ben, id, loaded } = await loadedForm();
    const session = await amara.open(id);
    await ben.edit(id, 'policy', scope('Both offices, as Ben wrote.'));
    await expect(
      session.edit('policy', scope('Amara’s older scope.'), { expectedVersion: loaded.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT', retryable: false });
    expect((await amara.get(id)).assessment.policy.scope).toBe('Both offices, as Ben wrote.');
  });

  it('a conflict at the store itself (two writers at once) says a fresh read and retry can help', async () => {
    const { w, id } = await loadedForm();
    const stored = await w.store.read(id);
    if (!stored) throw new Error('stored');
    const append = w.store.append({
      id,
      expectedVersion: 1,
      events: [{ ...stored.events[1]!, seq: 2 }],
      snapshot: stored.snapshot,
      summary: stored.summary,
    });
    await expect(append).rejects.toMatchObject({ code: 'CONFLICT', retryable: true });
  });

  it('a busy store has its own code and says retrying helps', () => {
    const busy = new StoreBusyError('busy', 'here');
    expect(busy).toMatchObject({ code: 'STORE_BUSY', retryable: true });
  });
});
