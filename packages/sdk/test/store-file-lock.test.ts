import { access, mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createFileStore } from '../src/store/file/file-store.js';
import { storeLayout } from '../src/store/file/layout.js';
import { withStoreLock } from '../src/store/file/store-lock.js';
import { StoreBusyError } from '../src/store/store-errors.js';
import { sampleAppend } from '../src/testing/sample-appends.js';
import { populatedStore } from './store/store-files.js';
import { bundleWorker, exited, startWorker } from './store/worker-process.js';

/* The store's cross-process lock (store-lock.ts): the file store.lock, or a directory left by an earlier release. */

const longAgo = () => new Date(Date.now() - 60_000);

test('a save takes the lock and leaves none behind', async () => {
  const subject = await populatedStore();
  await subject.store.append(sampleAppend('a', 2));
  await expect(access(join(subject.directory, 'store.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
});

test('a lock left by a dead process is broken once stale, whether a file or an older release’s directory', async () => {
  const subject = await populatedStore();
  const lock = join(subject.directory, 'store.lock');
  await writeFile(lock, '4242:gone');
  await utimes(lock, longAgo(), longAgo());
  await subject.reopen().append(sampleAppend('a', 2));
  await mkdir(lock);
  await utimes(lock, longAgo(), longAgo());
  await subject.reopen().append(sampleAppend('a', 3));
  expect((await subject.store.read('a'))?.events).toHaveLength(4);
});

test('a lock held by a live process makes writers wait, then give up with StoreBusyError, writing nothing', async () => {
  const subject = await populatedStore();
  await writeFile(join(subject.directory, 'store.lock'), '4242:alive');
  const store = createFileStore({ directory: subject.directory, lock: { waitMs: 300 } });
  const error = await store.append(sampleAppend('a', 2)).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(StoreBusyError);
  expect(error).toMatchObject({ code: 'CONFLICT', lockPath: join(subject.directory, 'store.lock') });
  expect((await store.read('a'))?.events).toHaveLength(2);
});

test('a holder whose lock was broken and taken by another commits nothing more, and leaves the new lock', async () => {
  const subject = await populatedStore();
  const layout = storeLayout(subject.directory);
  const error = await withStoreLock(layout, undefined, async (lock) => {
    lock.assertHeld();
    await writeFile(layout.lock, '4242:successor'); // as another process breaks a stale lock and takes it
    lock.assertHeld();
  }).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(StoreBusyError);
  expect((error as Error).message).toContain("lost the store's lock");
  expect(await readFile(layout.lock, 'utf8')).toBe('4242:successor');
});

test('a holder finds its lock taken even when the new one is as long as its own and its times are put back', async () => {
  const subject = await populatedStore();
  const layout = storeLayout(subject.directory);
  const error = await withStoreLock(layout, undefined, async (lock) => {
    lock.assertHeld(); // read once, then known by its identity
    const { length } = await readFile(layout.lock, 'utf8');
    const { atime, mtime } = await stat(layout.lock);
    await writeFile(layout.lock, 'x'.repeat(length));
    await utimes(layout.lock, atime, mtime);
    lock.assertHeld();
  }).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(StoreBusyError);
});

test('a process that exits holding the lock removes it, so the next writer need not wait it out', async () => {
  const subject = await populatedStore();
  const worker = await bundleWorker(join(import.meta.dirname, 'store/exit-holding-lock.ts'));
  expect(await exited(startWorker(worker, [subject.directory]))).toBe(3);
  await expect(access(join(subject.directory, 'store.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
});
