import {
  closeSync,
  openSync,
  readFileSync,
  rmdirSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreBusyError, storeMissing } from '../store-errors.js';
import { fileIdentity } from './assessment-cache.js';
import { NEW_FILE_MODE } from './durable-write.js';
import type { StoreLayout } from './layout.js';

/*
 * The store's cross-process lock: the file `store.lock`, created exclusively ('wx') and holding its
 * holder's token (process id and a random part), so that only one process can create it and a holder can
 * tell its lock from a successor's. The holder touches it every staleMs / 2; a lock untouched for staleMs
 * belongs to a dead process and the next writer breaks it. Every call is small and synchronous (see
 * durable-write.ts): the lock costs a save about 40 µs, where proper-lockfile's directory (mkdir, stat,
 * rmdir) cost 0.3 to 0.7 ms. A `store.lock` directory, as proper-lockfile made it for earlier releases,
 * is honoured and broken the same way.
 */

export interface LockOptions {
  /** A lock not refreshed for this long belongs to a dead process and is broken (at least 2000). */
  staleMs?: number;
  /** How long to wait for another process's lock before giving up with StoreBusyError. */
  waitMs?: number;
}

/** Proof that the lock is held, checked just before each file is committed. */
export interface HeldLock {
  assertHeld(): void;
}

const defaults = { staleMs: 10_000, waitMs: 30_000 };

/** Locks this process holds, by path, with their tokens: removed if the process exits holding them. */
const heldHere = new Map<string, string>();
let exitHookInstalled = false;

/**
 * Run `work` holding the store's cross-process lock. If this process stalls past `staleMs` another may
 * break the lock; `assertHeld` then throws, so nothing more is committed.
 */
export async function withStoreLock<T>(
  layout: StoreLayout,
  options: LockOptions | undefined,
  work: (lock: HeldLock) => Promise<T>,
): Promise<T> {
  const { staleMs, waitMs } = { ...defaults, ...options };
  const path = layout.lock;
  const token = `${process.pid}:${Math.random().toString(36).slice(2, 12)}`;
  const deadline = Date.now() + waitMs;
  let pause = 5;
  while (!take(layout, token, staleMs)) {
    if (Date.now() >= deadline)
      throw new StoreBusyError(
        `The store at ${layout.directory} is busy: another process held its lock (${path}) for longer than ${waitMs} ms. Nothing was written; try again. If no other eqia process is running, the lock is broken automatically after ${staleMs} ms.`,
        path,
      );
    // Short random waits with a ceiling: waiters poll often enough to get a turn between busy writers.
    await sleep(pause * (0.5 + Math.random()));
    pause = Math.min(pause * 1.5, 200);
  }
  installExitHook();
  heldHere.set(path, token);
  const refresh = setInterval(() => {
    if (isOurs(path, token)) touch(path);
  }, staleMs / 2);
  refresh.unref();
  const held: HeldLock = {
    assertHeld() {
      if (!isOurs(path, token))
        throw new StoreBusyError(
          `This process lost the store's lock (${path}), probably after stalling for over ${staleMs} ms; the change was abandoned. Read again and retry.`,
          path,
        );
    },
  };
  try {
    return await work(held);
  } finally {
    clearInterval(refresh);
    heldHere.delete(path);
    release(path, token);
  }
}

/** Create the lock, or break it if stale so the next try may create it; whether this process now holds it. */
function take(layout: StoreLayout, token: string, staleMs: number): boolean {
  try {
    const lock = openSync(layout.lock, 'wx', NEW_FILE_MODE);
    try {
      writeSync(lock, token);
    } finally {
      closeSync(lock);
    }
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The lock lives in the store's directory: without it, the store is missing (removed since opened).
    if (code === 'ENOENT') throw storeMissing(layout.directory);
    if (code !== 'EEXIST') throw error;
  }
  const found = statSync(layout.lock, { throwIfNoEntry: false });
  if (found && Date.now() - found.mtimeMs > staleMs) {
    try {
      if (found.isDirectory()) rmdirSync(layout.lock);
      else unlinkSync(layout.lock);
    } catch {} // another waiter broke it first
  }
  return false;
}

/**
 * The identity (assessment-cache.ts) the lock file had when this process last found its token in it, by
 * path: a save asks several times whether it still holds the lock, and a stat answers where reading the
 * file cost ten times as much. A lock broken and taken by another process is a new file (a new inode or,
 * at the least, change times seconds apart), so its identity differs and the token is read again.
 */
const confirmed = new Map<string, string>();

function isOurs(path: string, token: string): boolean {
  const identity = fileIdentity(path);
  if (identity === undefined) return false;
  if (confirmed.get(path) === `${token}@${identity}`) return true;
  try {
    if (readFileSync(path, 'utf8') !== token) return false;
  } catch {
    return false;
  }
  // The identity was taken before the read, and only this process writes its token: it is that file's.
  confirmed.set(path, `${token}@${identity}`);
  return true;
}

function touch(path: string): void {
  const now = new Date();
  try {
    utimesSync(path, now, now);
  } catch {} // gone: assertHeld will say so before the next commit
}

/** Remove the lock if it is still ours; a successor's is left alone. */
function release(path: string, token: string): void {
  if (!isOurs(path, token)) return;
  confirmed.delete(path);
  try {
    unlinkSync(path);
  } catch {}
}

/** A process that exits holding a lock (process.exit mid-save) removes it, so nobody waits out staleMs. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [path, token] of heldHere) release(path, token);
  });
}
