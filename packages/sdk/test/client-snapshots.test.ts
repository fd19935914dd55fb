import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workedExample } from '@eqia/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileStore } from '../src/store/file/file-store.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import type { AssessmentStore } from '../src/store/port.js';
import { profile, type World, world } from './client-setup.js';
import { fullWalk } from './client-walk-steps.js';

const directories: string[] = [];
afterEach(async () => {
  for (const directory of directories.splice(0)) await rm(directory, { recursive: true, force: true });
});

async function fileStore(): Promise<AssessmentStore> {
  const directory = await mkdtemp(join(tmpdir(), 'eqia-snapshots-'));
  directories.push(directory);
  const store = createFileStore({ directory });
  await store.init({ profile });
  return store;
}

/** A store that cannot read snapshots on their own, as an adapter written before readSnapshots. */
function withoutReadSnapshots(store: AssessmentStore): AssessmentStore {
  const { readSnapshots: _, ...rest } = store;
  return { ...rest, kind: store.kind, location: store.location };
}

const stores: Record<string, () => Promise<AssessmentStore>> = {
  memory: async () => createMemoryStore({ profile }),
  file: fileStore,
  'an adapter without readSnapshots': async () => withoutReadSnapshots(createMemoryStore({ profile })),
};

/** The original (superseded), its signed-off revision, and a draft. */
async function walked(store: AssessmentStore): Promise<World> {
  const w = world({ store });
  await fullWalk(w);
  await (await w.as('ben')).create({ title: 'A draft of something else' });
  return w;
}

describe.each(Object.entries(stores))('client.snapshots() on %s', (_, makeStore) => {
  it('gives every assessment as get() does, in list order', async () => {
    const val = await (await walked(await makeStore())).as('val');
    const listed = await val.list();
    const views = await val.snapshots();
    expect(views.map((view) => view.summary)).toEqual(listed);
    for (const view of views) expect({ ...view }).toEqual({ ...(await val.get(view.summary.id)) });
  });

  it('takes the same filter as list()', async () => {
    const val = await (await walked(await makeStore())).as('val');
    const views = await val.snapshots({ state: 'superseded' });
    expect(views.map((view) => view.assessment.id)).toEqual([workedExample.id]);
    expect(await val.snapshots({ text: 'nothing is called this' })).toEqual([]);
  });
});
