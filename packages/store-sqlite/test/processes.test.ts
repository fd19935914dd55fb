import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { defaultProfile as profile, type RecordedEvent, verifyChain } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { latestSchemaVersion, openSqliteStore } from '../src/index.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';
import { bundleWorker, exited, startWorker } from './workers/worker-process.js';

const writers = ['w1', 'w2', 'w3', 'w4'];
const count = 100;

let worker: string;
beforeAll(async () => {
  worker = await bundleWorker(join(import.meta.dirname, 'workers/append-worker.ts'));
}, 60_000);
afterAll(() => rm(dirname(worker), { recursive: true, force: true }));

const notes = (events: RecordedEvent[]) =>
  events.slice(1).map((entry) => (entry.event as { note: string }).note);

test('4 processes each appending 100 times to one assessment at once lose no acknowledged save and duplicate nothing', async () => {
  const file = freshFile();
  const store = openSqliteStore(file);
  await store.init({ profile });
  await store.append(chainedAppend('shared', 1));

  const acknowledged: string[] = [];
  const children = writers.map((writer) => {
    const child = startWorker(worker, [file, 'shared', writer, String(count)]);
    child.on('message', (message: { saved?: string }) => {
      if (message.saved) acknowledged.push(message.saved);
    });
    return child;
  });
  expect(await Promise.all(children.map(exited))).toEqual([0, 0, 0, 0]);

  const reader = openSqliteStore(file);
  const stored = await reader.read('shared');
  const total = 1 + writers.length * count;
  expect(stored?.events.map((entry) => entry.seq)).toEqual(Array.from({ length: total }, (_, n) => n + 1));
  expect(verifyChain(stored?.events ?? [])).toEqual({ ok: true, entries: total });
  const saved = notes(stored?.events ?? []);
  expect([...acknowledged].sort()).toEqual([...saved].sort());
  for (const writer of writers)
    expect(saved.filter((note) => note.startsWith(`${writer} `))).toEqual(
      Array.from({ length: count }, (_, n) => `${writer} ${n}`),
    );
  expect(await store.list()).toEqual([stored?.summary]);
  expect(stored?.summary.version).toBe(total);
  await Promise.all([store.close(), reader.close()]);
}, 120_000);

test('4 processes creating the same new store at once all get one whole store, at the latest schema version, in WAL mode', async () => {
  const file = freshFile();
  const children = writers.map((writer) =>
    startWorker(worker, [file, `own-${writer}`, writer, '20', 'init']),
  );
  expect(await Promise.all(children.map(exited))).toEqual([0, 0, 0, 0]);

  expect(
    withRawDatabase(file, (db) => [
      db.pragma('user_version', { simple: true }),
      db.pragma('journal_mode', { simple: true }),
    ]),
  ).toEqual([latestSchemaVersion, 'wal']);
  const store = openSqliteStore(file);
  expect(await store.readProfile()).toEqual(profile);
  const summaries = await store.list();
  expect(summaries.map((summary) => [summary.id, summary.version]).sort()).toEqual(
    writers.map((writer) => [`own-${writer}`, 20]),
  );
  for (const writer of writers) {
    const own = await store.read(`own-${writer}`);
    expect(own?.events.map((entry) => (entry.event as { note: string }).note)).toEqual(
      Array.from({ length: 20 }, (_, n) => `${writer} ${n}`),
    );
  }
  await store.close();
}, 120_000);
