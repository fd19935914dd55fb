import { fileURLToPath } from 'node:url';
import { ConflictError, defaultProfile, SNAPSHOT_VERSION, TamperedError } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { type AssessmentStore, copyStore, createClient, createMemoryStore } from '../src/index.js';
import { openFileLayout } from '../src/store/file-layout/file-layout.js';
import { chainedAppend } from '../src/testing/sample-appends.js';

const profile = {
  ...defaultProfile,
  users: [
    {
      id: 'julie',
      name: 'Julie Brown',
      jobTitle: 'Strategic Lead for EDI',
      roles: ['equality_lead' as const],
    },
  ],
};
const legacyStore = fileURLToPath(new URL('./fixtures/file-layout-store', import.meta.url));

/** A memory store holding three assessments with 1, 2 and 3 log entries. */
async function sourceStore(): Promise<AssessmentStore> {
  const source = createMemoryStore({ location: 'the source' });
  await source.init({ profile });
  for (const [i, id] of ['a1', 'a2', 'a3'].entries()) await source.append(chainedAppend(id, i + 1));
  const julie = await createClient({ store: source, user: 'julie' });
  const { objective } = await julie.objectives.create({
    title: 'Leadership and commitment',
    statement: 'Leaders model inclusive behaviour.',
    owner: 'julie',
    period: { start: '2026-04-01', end: '2029-03-31' },
  });
  await julie.objectives.submit(objective.id);
  await julie.data.importPopulation({
    population: 'baseline',
    categorySet: 'disability',
    csv: 'category,count\ndisabled,120\nnot_disabled,880\n',
    area: 'England',
  });
  return source;
}

async function everything(store: AssessmentStore) {
  const ids = (await store.list()).map((summary) => summary.id).sort();
  return {
    profile: await store.readProfile(),
    assessments: await Promise.all(ids.map((id) => store.read(id))),
    objectives: await Promise.all((await store.listObjectives()).map(({ id }) => store.readObjective(id))),
    equalityData: await store.listEqualityData(),
  };
}

describe('copying a store', () => {
  it('copies a store whole, chains verified, so both stores read the same', async () => {
    const source = await sourceStore();
    const target = createMemoryStore({ location: 'the target' });
    const copied: string[] = [];

    const report = await copyStore(source, target, { onCopied: (summary) => copied.push(summary.id) });

    expect(report).toEqual({
      assessments: 3,
      events: 8,
      objectives: 1,
      equalityData: 1,
      profileCopied: true,
    });
    expect(copied.sort()).toEqual(['a1', 'a2', 'a3']);
    expect(await everything(target)).toEqual(await everything(source));
    // The copy is a working store: it takes the next append where the source left off.
    const a3 = await target.read('a3');
    await target.append(chainedAppend('a3', 1, a3?.events));
    expect((await target.read('a3'))?.summary.version).toBe(4);
  });

  it('copies a store of the old file layout, which it never writes to', async () => {
    const source = openFileLayout(legacyStore);
    const target = createMemoryStore();
    const report = await copyStore(source, target);
    expect(report).toMatchObject({ assessments: 2, profileCopied: true });
    const [copied, original] = [await everything(target), await everything(source)];
    expect(copied.profile).toEqual(original.profile);
    // The log is copied as it is; the snapshot, which that release wrote at version 1, at this one's.
    expect(copied.assessments.map((stored) => stored?.events)).toEqual(
      original.assessments.map((stored) => stored?.events),
    );
    expect(original.assessments.map((stored) => stored?.snapshot.snapshotVersion)).toEqual([1, 1]);
    expect(copied.assessments.map((stored) => stored?.snapshot.snapshotVersion)).toEqual([
      SNAPSHOT_VERSION,
      SNAPSHOT_VERSION,
    ]);
    expect(copied.assessments.map((stored) => stored?.snapshot.assessment.editors)).toEqual([
      ['ben'],
      ['ben'],
    ]);
    await expect(source.append(chainedAppend('x', 1))).rejects.toThrow(/eqia migrate-store/);
  });

  it('refuses a target that already holds assessments, and leaves it as it was', async () => {
    const target = createMemoryStore({ location: 'the target' });
    await target.init({ profile });
    await target.append(chainedAppend('existing', 1));
    const before = await everything(target);

    const refusal = await copyStore(await sourceStore(), target).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as Error).message).toMatchInlineSnapshot(
      `"The target store the target already holds 1 assessment: a store is copied only into an empty one, so nothing was written. Point the copy at a new store (another file, database or schema)."`,
    );
    expect(await everything(target)).toEqual(before);
  });

  it('refuses a target with a different profile', async () => {
    const target = createMemoryStore();
    await target.init({ profile: { ...profile, name: 'Another body' } });
    await expect(copyStore(await sourceStore(), target)).rejects.toBeInstanceOf(ConflictError);
    expect(await target.list()).toEqual([]);
  });

  it('copies nothing when a chain in the source does not verify', async () => {
    const source = await sourceStore();
    const forged = chainedAppend('forged', 3);
    const second = forged.events[1];
    if (second) second.event = { type: 'edited', by: 'someone else', seq: 2 };
    await source.append(forged);
    const target = createMemoryStore();

    const refusal = await copyStore(source, target).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(TamperedError);
    expect((refusal as Error).message).toMatchInlineSnapshot(
      `"The audit chain of assessment forged in the source does not verify at entry 2 (entry 2 does not match its hash: its content was edited): the copy stopped there. Investigate that history before migrating."`,
    );
    expect(await target.exists()).toBe(false);
  });
});
