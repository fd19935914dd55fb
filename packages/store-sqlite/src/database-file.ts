import { closeSync, mkdirSync, openSync, type Stats, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { connect } from './connection.js';
import { damagedAs } from './errors.js';
import { keepForever } from './keep-statements.js';

/**
 * The store file as the file system sees it: absent, or a regular file. Anything else in its place (a
 * directory, a device) is refused as damaged before SQLite is asked to open it.
 */
export function fileExists(file: string): boolean {
  let stats: Stats | undefined;
  try {
    stats = statSync(file, { throwIfNoEntry: false });
  } catch (cause) {
    // A path through something that is not a directory, say: nothing eqia could open there.
    if ((cause as { code?: unknown }).code === 'ENOTDIR') return false;
    throw cause;
  }
  if (stats === undefined) return false;
  if (stats.isDirectory()) throw damagedAs(file, 'directory');
  if (!stats.isFile()) throw damagedAs(file, 'notAFile');
  return true;
}

/** Create the file and its folder, readable by this user only, without touching a file already there. */
export function createFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
  }
}

/**
 * Open a file that exists, never creating one, and set the connection's pragmas. None of them writes to
 * the file (journal_mode, which does, is set by init only), so opening is safe on a file that turns out
 * not to be a database at all.
 */
/** The connection's page cache in KiB: the 100,000 store's listings table (56 MB) and its keys, with room. */
const pageCacheKiB = 128 * 1024;

export function openDatabase(file: string, busyTimeoutMs: number, durable = true): Database.Database {
  const db = keepForever(connect(file, { fileMustExist: true, timeout: busyTimeoutMs }));
  try {
    // exec, not pragma(): it makes no statement object to be collected later (see keep-statements.ts).
    // FULL: in WAL mode every commit is on the disk before append returns, not only after a checkpoint.
    // NORMAL (not durable): commits reach the disk at checkpoints; a crash may lose the latest, never corrupts.
    // cache_size: pages a list reads again stay in the connection, not read from the OS each time (the
    // default 2 MB holds none of a large filter's; docs/performance.md). An upper bound, filled as read.
    db.exec(
      `PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}; PRAGMA synchronous = ${durable ? 'FULL' : 'NORMAL'}; PRAGMA foreign_keys = ON; PRAGMA cache_size = ${-pageCacheKiB};`,
    );
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
