import { cafcassProfile } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createEqia } from '../src/client/eqia.js';
import { isEqiaError } from '../src/errors.js';
import { cancelled } from '../src/store/cancellation.js';
import { createMemoryBacking, createMemoryStore } from '../src/store/memory-store.js';
import type { AssessmentStore } from '../src/store/port.js';

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'done',
    (error: unknown) => (isEqiaError(error) ? `${error.code} ${error.name}` : String(error)),
  );

/** A memory store whose appends wait, as a store waits for another writer's lock, until the signal fires. */
function lockedStore(): AssessmentStore {
  const backing = createMemoryBacking();
  const store = createMemoryStore({ backing, profile: cafcassProfile });
  return {
    ...store,
    append: (_request, call) =>
      new Promise((_, reject) => {
        const signal = call?.signal;
        if (!signal) return reject(new Error('the append was given no signal'));
        signal.addEventListener('abort', () => reject(cancelled(signal, 'The save')), { once: true });
      }),
  };
}

describe('a call with { signal }', () => {
  it('is refused as CANCELLED (an AbortError) once its signal has fired, and writes nothing', async () => {
    const eqia = createEqia({ store: createMemoryStore({ profile: cafcassProfile }) });
    const amara = await eqia.as('amara');
    const { assessment, version } = await amara.create({ title: 'Remote hearings' });
    const signal = AbortSignal.abort();

    const scope = (policy: { scope: string }) => {
      policy.scope = 'All offices';
    };
    const edit = amara.edit(assessment.id, 'policy', scope, { signal });
    expect(await outcome(edit)).toBe('CANCELLED AbortError');
    expect(await outcome(amara.get(assessment.id, { signal }))).toBe('CANCELLED AbortError');
    expect(await outcome(amara.list({}, { signal }))).toBe('CANCELLED AbortError');
    expect(await outcome(amara.objectives.list({ signal }))).toBe('CANCELLED AbortError');
    expect((await amara.get(assessment.id)).version).toBe(version);
  });

  it('reaches the store, which stops waiting for its lock when the signal fires', async () => {
    const eqia = createEqia({ store: lockedStore() });
    const amara = await eqia.as('amara');
    const controller = new AbortController();
    const create = amara.create({ title: 'Remote hearings' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await outcome(create)).toBe('CANCELLED AbortError');
    expect(await amara.list()).toEqual([]);
  });

  it('names the reason the signal gave', async () => {
    const amara = await createEqia({ store: createMemoryStore({ profile: cafcassProfile }) }).as('amara');
    const signal = AbortSignal.abort(new Error('the page was closed'));
    const error = await amara.create({ title: 'Remote hearings' }, { signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'CANCELLED',
      message: expect.stringContaining('the page was closed'),
    });
  });
});
