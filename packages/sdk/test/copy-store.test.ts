import { fileURLToPath } from 'node:url';
import {
  ConflictError,
  createAssessment,
  defaultProfile,
  type RecordedEvent,
  recordEvent,
  SNAPSHOT_VERSION,
  summarise,
  TamperedError,
} from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { type AppendRequest, type AssessmentStore, copyStore, createMemoryStore } from '../src/index.js';
import { openFileLayout } from '../src/store/file-layout/file-layout.js';

const profile = defaultProfile;
const legacyStore = fileURLToPath(new URL('./fixtures/file-layout-store', import.meta.url));

/** A request that appends `count` chained events to assessment `id` after `after` (its log so far). */
function appendFor(id: string, count: number, after: readonly RecordedEvent[] = []): AppendRequest {
  const createdAt = '2025-03-01T09:00:00.000Z';
  const assessment = createAssessment({
    id,
    title: `Assessment ${id}`,
    createdBy: 'author',
    createdAt,
    profile,
  });
  const snapshot = { snapshotVersion: SNAPSHOT_VERSION, status: { state: 'draft' as const }, assessment };
  const events: RecordedEvent[] = [];
  let previous = after.at(-1);
  for (let i = 0; i < count; i++) {
    previous = recordEvent(previous, { type: 'edited', by: 'author', seq: after.length + i + 1 });
    events.push(previous);
  }
  const version = after.length + count;
  const summary = summarise(assessment, snapshot.status, { version, updatedAt: createdAt });
  return { id, expectedVersion: after.length, events, snapshot, summary };
}

/** A memory store holding three assessments with 1, 2 and 3 log entries. */
async function sourceStore(): Promise<AssessmentStore> {
  const source = createMemoryStore({ location: 'the source' });
  await source.init({ profile });
  for (const [i, id] of ['a1', 'a2', 'a3'].entries()) await source.append(appendFor(id, i + 1));
  return source;
}

async function everything(store: AssessmentStore) {
  const ids = (await store.list()).map((summary) => summary.id).sort();
  return {
    profile: await store.readProfile(),
    assessments: await Promise.all(ids.map((id) => store.read(id))),
  };
}

describe('copying a store', () => {
  it('copies a store whole, chains verified, so both stores read the same', async () => {
    const source = await sourceStore();
    const target = createMemoryStore({ location: 'the target' });
    const copied: string[] = [];

    const report = await copyStore(source, target, { onCopied: (summary) => copied.push(summary.id) });

    expect(report).toEqual({ assessments: 3, events: 6, profileCopied: true });
    expect(copied.sort()).toEqual(['a1', 'a2', 'a3']);
    expect(await everything(target)).toEqual(await everything(source));
    // The copy is a working store: it takes the next append where the source left off.
    const a3 = await target.read('a3');
    await target.append(appendFor('a3', 1, a3?.events));
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
    await expect(source.append(appendFor('x', 1))).rejects.toThrow(/eqia migrate-store/);
  });

  it('refuses a target that already holds assessments, and leaves it as it was', async () => {
    const target = createMemoryStore({ location: 'the target' });
    await target.init({ profile });
    await target.append(appendFor('existing', 1));
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
    const forged = appendFor('forged', 3);
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
