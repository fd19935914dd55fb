import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreCorruptError } from '@eqia/core';
import { describe, expect, test } from 'vitest';
import { storeLayout } from '../src/store/file/layout.js';
import { compactSnapshotCache } from '../src/store/file/snapshot-cache.js';
import type { StoredSnapshot } from '../src/store/port.js';
import { sampleAppend } from '../src/testing/sample-appends.js';
import { type PopulatedStore, populatedStore } from './store/store-files.js';

const cachePath = (s: PopulatedStore) => join(s.directory, 'snapshots.jsonl');
const titles = (found: StoredSnapshot[]) =>
  Object.fromEntries(found.map(({ summary, snapshot }) => [summary.id, snapshot.assessment.policy.title]));
const cacheLines = async (s: PopulatedStore) => (await readFile(cachePath(s), 'utf8')).trimEnd().split('\n');

/** The store as an older eqia (without the cache) would leave it after saving `a` once more. */
async function withStaleCache(): Promise<PopulatedStore> {
  const s = await populatedStore();
  const before = await readFile(cachePath(s), 'utf8');
  await s.store.append(sampleAppend('a', 2, { title: 'Saved by an older eqia' }));
  await writeFile(cachePath(s), before);
  return s;
}

describe('the file store reads snapshots without logs', () => {
  test('a save appends one line to the snapshot cache, and readSnapshots reads it', async () => {
    const s = await populatedStore();
    expect(await cacheLines(s)).toHaveLength(3); // the header, a, b
    await s.store.append(sampleAppend('a', 2, { title: 'Renamed' }));
    expect(await cacheLines(s)).toHaveLength(4);
    expect(titles(await s.reopen().readSnapshots!())).toEqual({ a: 'Renamed', b: 'Assessment b' });
  });

  test('a cache line older than the index is passed over for the assessment file', async () => {
    const s = await withStaleCache();
    expect(titles(await s.reopen().readSnapshots!())).toEqual({
      a: 'Saved by an older eqia',
      b: 'Assessment b',
    });
  });

  test('damaged or torn cache lines are passed over, and the next save still lands whole', async () => {
    const s = await withStaleCache();
    const lines = await cacheLines(s);
    await writeFile(cachePath(s), [lines[0], '{"id":"b","vers', lines[1], lines[2]!.slice(0, 40)].join('\n'));
    expect(titles(await s.reopen().readSnapshots!())).toEqual({
      a: 'Saved by an older eqia',
      b: 'Assessment b',
    });
    await s.reopen().append(sampleAppend('b', 1, { title: 'After the tear' }));
    expect(titles(await s.reopen().readSnapshots!())).toMatchObject({ b: 'After the tear' });
    expect((await cacheLines(s)).at(-1)).toContain('After the tear');
  });

  test('a store without a cache reads from the files, and init builds the cache', async () => {
    const s = await populatedStore();
    await rm(cachePath(s));
    expect(titles(await s.reopen().readSnapshots!())).toEqual({ a: 'Assessment a', b: 'Assessment b' });
    await s.reopen().init();
    expect(await cacheLines(s)).toHaveLength(3);
    expect(titles(await s.reopen().readSnapshots!())).toEqual({ a: 'Assessment a', b: 'Assessment b' });
  });

  test('an unreadable assessment file behind a stale line is a StoreCorruptError naming the file', async () => {
    const s = await withStaleCache();
    await writeFile(s.assessment('a'), '{ "formatVersion": 1, "id": "a", ');
    const error = await s.reopen().readSnapshots!().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect((error as StoreCorruptError).message).toContain(s.assessment('a'));
  });

  test('compaction keeps one line per assessment, the latest', async () => {
    const s = await populatedStore();
    await s.store.append(sampleAppend('a', 2, { title: 'Second' }));
    await appendFile(cachePath(s), 'not json\n');
    await compactSnapshotCache(storeLayout(s.directory), { assertHeld: () => {} } as never);
    expect(await cacheLines(s)).toHaveLength(3);
    expect(titles(await s.reopen().readSnapshots!())).toEqual({ a: 'Second', b: 'Assessment b' });
  });
});
