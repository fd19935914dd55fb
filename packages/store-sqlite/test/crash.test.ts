import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { verifyChain } from '@eqia/core';
import { titleAt } from '@eqia/sdk/testing';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { freshFile } from './temp-files.js';
import { bundleWorker, exited, startWorker } from './workers/worker-process.js';

const ids = ['a', 'b', 'c'];
// 30 kills in all, five files side by side.
const stores = 5;
const killsPerStore = 6;

let writer: string;
beforeAll(async () => {
  writer = await bundleWorker(join(import.meta.dirname, 'workers/crash-writer.ts'));
}, 60_000);
afterAll(() => rm(dirname(writer), { recursive: true, force: true }));

/** SQLite's own check of every page and index, as `sqlite3 FILE "PRAGMA integrity_check"` runs it. */
function integrity(file: string): string {
  const db = new Database(file, { fileMustExist: true, readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/**
 * Open the store as the next process would, and check every assessment is whole, its chain verifies, its
 * snapshot is the one its log ends at, and it holds at least every version the writer was told was saved.
 */
async function openAndCheck(file: string, acknowledged: Map<string, number>, before: Map<string, number>) {
  const store = openSqliteStore(file);
  const listed = new Map((await store.list()).map((summary) => [summary.id, summary]));
  const after = new Map<string, number>();
  for (const id of ids) {
    const stored = await store.read(id);
    const version = stored?.events.length ?? 0;
    expect(version).toBeGreaterThanOrEqual(acknowledged.get(id) ?? 0);
    expect(version).toBeGreaterThanOrEqual(before.get(id) ?? 0);
    if (!stored) continue;
    expect(verifyChain(stored.events)).toEqual({ ok: true, entries: version });
    expect(stored.summary.version).toBe(version);
    expect(stored.snapshot.assessment.policy.title).toBe(titleAt(id, version));
    expect(listed.get(id)).toEqual(stored.summary);
    after.set(id, version);
  }
  expect([...listed.keys()].sort()).toEqual([...after.keys()].sort());
  await store.close();
  expect(integrity(file)).toBe('ok');
  return after;
}

async function crashRepeatedly(file: string) {
  await openSqliteStore(file).init();
  let versions = new Map<string, number>();
  let acknowledgedInAll = 0;
  for (let kill = 0; kill < killsPerStore; kill++) {
    const acknowledged = new Map<string, number>();
    const child = startWorker(writer, [file, ids.join(',')]);
    child.on('message', ({ id, version }: { id: string; version: number }) => {
      acknowledged.set(id, Math.max(version, acknowledged.get(id) ?? 0));
      acknowledgedInAll++;
    });
    await Promise.race([
      once(child, 'message'),
      exited(child).then((code) => Promise.reject(new Error(`the writer exited (${code}) before appending`))),
    ]);
    // The point of the test: a random moment in the writer's loop, usually mid-append.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 100));
    child.kill('SIGKILL');
    await exited(child);
    versions = await openAndCheck(file, acknowledged, versions);
  }
  return acknowledgedInAll;
}

test('a writer killed with SIGKILL at random moments, again and again, loses no acknowledged save', async () => {
  const saves = await Promise.all(Array.from({ length: stores }, () => crashRepeatedly(freshFile())));
  // Every writer got under way before each kill.
  expect(saves.every((count) => count >= killsPerStore)).toBe(true);
}, 120_000);
