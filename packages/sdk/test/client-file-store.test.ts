import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConflictError, workedExample } from '@eqia/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { createFileStore } from '../src/store/file/file-store.js';
import { counterIds, profile, testClock, type World } from './client-setup.js';
import { fullWalk } from './client-walk-steps.js';

const directories: string[] = [];
afterEach(async () => {
  for (const directory of directories.splice(0)) await rm(directory, { recursive: true, force: true });
});

/** A fresh file store with the Cafcass profile; clients for its users share one clock and id source. */
async function fileWorld(): Promise<World & { directory: string }> {
  const directory = await mkdtemp(join(tmpdir(), 'eqia-client-'));
  directories.push(directory);
  const setup = createFileStore({ directory });
  await setup.init({ profile });
  await setup.close();
  const time = testClock();
  const newId = counterIds();
  return {
    directory,
    backing: { initialised: true, assessments: new Map(), digests: new Map() },
    // Each client opens its own store on the directory, as separate apps or processes would.
    store: createFileStore({ directory }),
    time,
    as: (user) => createClient({ store: createFileStore({ directory }), user, clock: time.clock, newId }),
  };
}

describe('the client on the file store', () => {
  it('walks an assessment through its whole life and reads it back from disk', async () => {
    const w = await fileWorld();
    const { revisionId } = await fullWalk(w);
    const reopened = await createClient({ store: createFileStore({ directory: w.directory }), user: 'val' });
    expect((await reopened.get(workedExample.id)).status.state).toBe('superseded');
    expect((await reopened.get(revisionId)).status.state).toBe('signed_off');
    expect(await reopened.verify(workedExample.id)).toMatchObject({ ok: true });
    const exported = await reopened.exportAssessment(revisionId);
    const memory = await createClient({
      store: (await import('../src/store/memory-store.js')).createMemoryStore({ profile }),
      user: 'ops',
    });
    await memory.importAssessment(exported);
    expect(await memory.exportAssessment(revisionId)).toBe(exported);
    await reopened.close();
  });

  it('makes the slower of two writers in separate stores get a ConflictError', async () => {
    const w = await fileWorld();
    const amara = await w.as('amara');
    const ops = await w.as('ops');
    const { assessment } = await amara.create({ title: 'Lone working' });
    const results = await Promise.allSettled([
      amara.edit(assessment.id, 'policy', (p) => {
        p.scope = 'Visits';
      }),
      ops.edit(assessment.id, 'policy', (p) => {
        p.team = 'Safety';
      }),
    ]);
    const refused = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    // The file store serialises writers under its lock: at most one can have read the stale version.
    for (const { reason } of refused) expect(reason).toBeInstanceOf(ConflictError);
    expect((await amara.history(assessment.id)).length).toBe(1 + results.length - refused.length);
  });

  it('detects an event edited in the assessment file on disk', async () => {
    const w = await fileWorld();
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Car parking' });
    await amara.edit(assessment.id, 'policy', (p) => {
      p.team = 'Estates';
    });
    const file = join(w.directory, 'assessments', `${assessment.id}.json`);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('"Estates"');
    await writeFile(file, text.replaceAll('"Estates"', '"Facilities"'));
    expect(await amara.verify(assessment.id)).toMatchObject({ ok: false, index: 1 });
  });

  it('edits from what it saved without reading, yet builds on a file rewritten behind it at the same version', async () => {
    const w = await fileWorld();
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Car parking' });
    for (const team of ['Estates', 'Facilities'])
      await amara.edit(assessment.id, 'policy', (p) => {
        p.team = team;
      });
    expect(await amara.verify(assessment.id)).toMatchObject({ ok: true });
    expect(await amara.history(assessment.id)).toHaveLength(3);

    // Another tool put a new file in its place, same version, other content.
    const file = join(w.directory, 'assessments', `${assessment.id}.json`);
    const text = await readFile(file, 'utf8');
    await writeFile(`${file}.new`, text.replaceAll('"Car parking"', '"Car parking and cycle storage"'));
    await rename(`${file}.new`, file);

    const edited = await amara.edit(assessment.id, 'policy', (p) => {
      p.scope = 'All sites';
    });
    expect(edited.assessment.policy).toMatchObject({
      title: 'Car parking and cycle storage',
      team: 'Facilities',
      scope: 'All sites',
    });
    expect(await amara.history(assessment.id)).toHaveLength(4);
  });
});
