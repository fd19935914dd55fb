import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createFileStore } from '../src/store/file/file-store.js';
import type { StoredAssessment } from '../src/store/port.js';
import { titleAt } from './store/versioned-title.js';
import { bundleWorker, exited, startWorker } from './store/worker-process.js';

const ids = ['a', 'b', 'c'];
// 30 kills in all; stores run side by side because each recovery waits out the dead writer's lock.
const stores = 5;
const killsPerStore = 6;

let root: string;
let writer: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'eqia-crash-'));
  writer = await bundleWorker(join(import.meta.dirname, 'store/crash-writer.ts'));
}, 60_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(dirname(writer), { recursive: true, force: true });
});

/** Files a dead writer may leave behind: temp files and pending markers. */
async function leftovers(directory: string): Promise<string[]> {
  const names = await Promise.all(
    ['.', 'assessments', 'pending'].map(async (sub) =>
      (await readdir(join(directory, sub))).filter((name) => sub === 'pending' || name.endsWith('.tmp')),
    ),
  );
  return names.flat();
}

/** Open the store as the next process would, and check every assessment is whole and matches the index. */
async function openAndCheck(directory: string, before: Map<string, StoredAssessment>) {
  const store = createFileStore({ directory, lock: { staleMs: 2000 } });
  const listed = new Map((await store.list()).map((summary) => [summary.id, summary]));
  const after = new Map<string, StoredAssessment>();
  for (const id of ids) {
    const stored = await store.read(id);
    if (!stored) continue;
    const version = stored.events.length;
    expect(stored.events.map((event) => event.seq)).toEqual(Array.from({ length: version }, (_, n) => n + 1));
    expect(stored.summary.version).toBe(version);
    expect(stored.snapshot.assessment.policy.title).toBe(titleAt(id, version));
    expect(listed.get(id)).toEqual(stored.summary);
    // Old or new: nothing that was there before the crash has changed or gone.
    const earlier = before.get(id)?.events ?? [];
    expect(stored.events.slice(0, earlier.length)).toEqual(earlier);
    after.set(id, stored);
  }
  expect([...listed.keys()].sort()).toEqual([...after.keys()].sort());
  expect(await leftovers(directory)).toEqual([]);
  return after;
}

async function crashRepeatedly(directory: string) {
  await createFileStore({ directory }).init();
  let state = new Map<string, StoredAssessment>();
  let interrupted = 0;
  for (let kill = 0; kill < killsPerStore; kill++) {
    const child = startWorker(writer, [directory, ids.join(',')]);
    await Promise.race([
      once(child, 'message'),
      exited(child).then((code) => Promise.reject(new Error(`the writer exited (${code}) before appending`))),
    ]);
    // The point of the test: a random moment in the writer's loop, usually mid-append.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 100));
    child.kill('SIGKILL');
    await exited(child);
    if ((await leftovers(directory)).length > 0) interrupted++;
    state = await openAndCheck(directory, state);
  }
  return { interrupted, version: [...state.values()].reduce((sum, stored) => sum + stored.events.length, 0) };
}

test('a writer killed with SIGKILL at random moments, again and again, never leaves a broken store', async () => {
  const results = await Promise.all(
    Array.from({ length: stores }, (_, n) => crashRepeatedly(join(root, `store-${n}`))),
  );
  // Every writer got under way before its kill, and kills did land mid-append (leaving files to tidy).
  expect(results.every((result) => result.version >= killsPerStore)).toBe(true);
  expect(results.reduce((sum, result) => sum + result.interrupted, 0)).toBeGreaterThan(0);
}, 120_000);
