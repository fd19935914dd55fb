import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sampleAppend } from '@eqia/sdk/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createFileStore } from '../src/store/file/file-store.js';
import { bundleWorker, exited, startWorker } from './store/worker-process.js';

let root: string;
let worker: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'eqia-processes-'));
  worker = await bundleWorker(join(import.meta.dirname, 'store/append-worker.ts'));
}, 60_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(dirname(worker), { recursive: true, force: true });
});

test('4 processes each appending 100 times to one assessment at once lose nothing and duplicate nothing', async () => {
  const directory = join(root, '.eqia');
  const store = createFileStore({ directory });
  await store.init();
  await store.append(sampleAppend('shared', 0, { by: 'creator' }));

  const writers = ['w1', 'w2', 'w3', 'w4'];
  const children = writers.map((writer) => startWorker(worker, [directory, 'shared', writer, '100']));
  const codes = await Promise.all(children.map(exited));
  expect(codes).toEqual([0, 0, 0, 0]);

  const stored = await createFileStore({ directory }).read('shared');
  expect(stored?.events.map((event) => event.seq)).toEqual(Array.from({ length: 401 }, (_, n) => n + 1));
  const notes = stored!.events.slice(1).map((event) => (event.event as { note: string }).note);
  for (const writer of writers) {
    const own = notes.filter((note) => note.startsWith(`${writer} `));
    expect(own).toEqual(Array.from({ length: 100 }, (_, n) => `${writer} ${n}`));
  }
  expect(await store.list()).toEqual([stored?.summary]);
  expect(stored?.summary.version).toBe(401);
}, 120_000);
