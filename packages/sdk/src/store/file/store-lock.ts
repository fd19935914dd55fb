import { setTimeout as sleep } from 'node:timers/promises';
import { StoreBusyError, storeMissing } from '../store-errors.js';
import type { StoreLayout } from './layout.js';

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

/**
 * Loaded on first use, once: proper-lockfile brings graceful-fs, which a read (eqia list) never needs; an
 * `import()` per save costs more than the lock itself under a loader hook (tsx).
 */
let lockLibrary: Promise<{ default: typeof import('proper-lockfile') }> | undefined;

/**
 * Run `work` holding the store's cross-process lock. The lock is refreshed while held; if this process
 * stalls past `staleMs` another may break it, and then `assertHeld` throws so we commit nothing more.
 */
export async function withStoreLock<T>(
  layout: StoreLayout,
  options: LockOptions | undefined,
  work: (lock: HeldLock) => Promise<T>,
): Promise<T> {
  const { staleMs, waitMs } = { ...defaults, ...options };
  let lost: Error | undefined;
  lockLibrary ??= import('proper-lockfile');
  const { default: lockfile } = await lockLibrary;
  const lockOptions = {
    lockfilePath: layout.lock,
    realpath: false,
    stale: staleMs,
    onCompromised: (error: Error) => {
      lost = error;
    },
  };
  // Our own waits rather than the library's retries, which retry every error: a store removed since it
  // was opened must be NOT_FOUND at once, not after waiting out waitMs.
  const deadline = Date.now() + waitMs;
  let pause = 5;
  let release: () => void;
  for (;;) {
    try {
      // The synchronous calls: a mkdir and a stat, microseconds (see durable-write.ts on why).
      release = lockfile.lockSync(layout.directory, lockOptions);
      break;
    } catch (error) {
      // The lock lives in the store's directory: without it, the store is missing (removed since opened).
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw storeMissing(layout.directory);
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      if (Date.now() >= deadline)
        throw new StoreBusyError(
          `The store at ${layout.directory} is busy: another process held its lock (${layout.lock}) for longer than ${waitMs} ms. Nothing was written; try again. If no other eqia process is running, the lock is broken automatically after ${staleMs} ms.`,
          layout.lock,
          { cause: error },
        );
      // Short random waits with a ceiling: waiters poll often enough to get a turn between busy writers.
      await sleep(pause * (0.5 + Math.random()));
      pause = Math.min(pause * 1.5, 200);
    }
  }
  const held: HeldLock = {
    assertHeld() {
      if (lost)
        throw new StoreBusyError(
          `This process lost the store's lock (${layout.lock}), probably after stalling for over ${staleMs} ms; the change was abandoned. Read again and retry.`,
          layout.lock,
          { cause: lost },
        );
    },
  };
  try {
    return await work(held);
  } finally {
    if (!lost)
      try {
        release();
      } catch {}
  }
}
