import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConflictError, TamperedError } from '@eqia/core';
import { type AssessmentStore, createFileStore, createMemoryStore } from '@eqia/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { copyStore } from '../src/index.js';
import { appendFor, profile } from './fixtures.js';
import { noServer, openTestStore } from './server.js';

const directories: string[] = [];
afterAll(() => Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true }))));

/** A memory store holding three assessments with 1, 2 and 3 log entries. */
async function sourceStore(source = createMemoryStore({ location: 'the source' })): Promise<AssessmentStore> {
  await source.init({ profile });
  for (const [i, id] of ['a1', 'a2', 'a3'].entries()) await source.append(appendFor(id, i + 1));
  return source;
}

async function fileStore(): Promise<AssessmentStore> {
  const directory = await mkdtemp(join(tmpdir(), 'eqia-copy-'));
  directories.push(directory);
  return sourceStore(createFileStore({ directory: join(directory, '.eqia') }));
}

async function everything(store: AssessmentStore) {
  const summaries = await store.list();
  const ids = summaries.map((summary) => summary.id).sort();
  return {
    profile: await store.readProfile(),
    assessments: await Promise.all(ids.map((id) => store.read(id))),
  };
}

describe.skipIf(noServer)('copying a store into PostgreSQL', () => {
  it.each([
    ['memory', () => sourceStore()],
    ['file', fileStore],
  ])('copies a %s store whole, chains verified, so both stores read the same', async (_, makeSource) => {
    const source = await makeSource();
    const target = openTestStore();
    const copied: string[] = [];

    const report = await copyStore(source, target, { onCopied: (summary) => copied.push(summary.id) });

    expect(report).toEqual({ assessments: 3, events: 6, profileCopied: true });
    expect(copied.sort()).toEqual(['a1', 'a2', 'a3']);
    expect(await everything(target)).toEqual(await everything(source));
    // The copy is a working store: it takes the next append where the source left off.
    const a3 = await target.read('a3');
    await target.append(appendFor('a3', 1, a3?.events));
    expect((await target.read('a3'))?.summary.version).toBe(4);
    await Promise.all([source.close(), target.close()]);
  });

  it('refuses a target that already holds assessments, and leaves it as it was', async () => {
    const target = openTestStore();
    await target.init({ profile });
    await target.append(appendFor('existing', 1));
    const before = await everything(target);

    const refusal = await copyStore(await sourceStore(), target).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as Error).message.replace(target.location, '<target>')).toMatchInlineSnapshot(
      `"The target store <target> already holds 1 assessment: a store is copied only into an empty one, so nothing was written. Point the copy at a new store (another database or schema)."`,
    );
    expect(await everything(target)).toEqual(before);
    await target.close();
  });

  it('refuses a target with a different profile', async () => {
    const target = openTestStore();
    await target.init({ profile: { ...profile, name: 'Another body' } });
    await expect(copyStore(await sourceStore(), target)).rejects.toBeInstanceOf(ConflictError);
    expect(await target.list()).toEqual([]);
    await target.close();
  });

  it('copies nothing when a chain in the source does not verify', async () => {
    const source = await sourceStore();
    const forged = appendFor('forged', 3);
    const second = forged.events[1];
    if (second) second.event = { type: 'edited', by: 'someone else', seq: 2 };
    await source.append(forged);
    const target = openTestStore();

    const refusal = await copyStore(source, target).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(TamperedError);
    expect((refusal as Error).message).toMatchInlineSnapshot(
      `"The audit chain of assessment forged in the source does not verify at entry 2 (entry 2 does not match its hash: its content was edited): the copy stopped there. Investigate that history before migrating."`,
    );
    expect(await target.exists()).toBe(false);
    await target.close();
  });
});
