import { closeSync, fchmodSync, fsync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

/*
 * The file store makes its small file-system calls (stat, open, write to the page cache, rename, close)
 * synchronously: each takes microseconds, where a promise's round trip through libuv's thread pool costs
 * 40 to 70 µs, and a save makes about forty of them (docs/performance.md, "Saving"). Only fsync, which
 * waits milliseconds for the disk, runs on the pool, so that a save's fsyncs overlap one another.
 */

/** fsync(2) on the thread pool: the one call worth waiting for asynchronously. */
export const syncToDisk: (descriptor: number) => Promise<void> = promisify(fsync);

/** Mode for files the store creates: assessments can hold sensitive equality data. */
export const NEW_FILE_MODE = 0o600;

const TEMP_SUFFIX = '.tmp';

/** A temp file of ours: `.<target name>.<random>.tmp` in the target's own directory. */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/**
 * Replace `path` with `text` (a string, or parts written one after another) so that after a crash the
 * file holds either all of the old text or all of the new: write a uniquely named temp file in the same
 * directory, fsync it, rename it over the target (atomic on POSIX), then fsync the directory so the rename
 * itself survives power loss. The target's mode is kept. `beforeCommit` runs just before the rename, to
 * abandon the write (e.g. the lock was lost).
 */
export async function writeFileDurably(
  path: string,
  text: string | readonly string[],
  beforeCommit?: () => void,
): Promise<void> {
  const staged = await stageFile(path, text);
  await staged.commit(beforeCommit);
  await syncDirectory(dirname(path));
}

/** A new version of a file, written and fsynced beside it under a temp name, not yet in its place. */
export interface StagedFile {
  /**
   * Rename it over the target (after `beforeCommit`, which may abandon it by throwing). The rename is
   * durable only once the directory is fsynced: writeFileDurably does that; a caller of stageFile must.
   */
  commit(beforeCommit?: () => void): Promise<void>;
  /** Remove the temp file instead. */
  discard(): Promise<void>;
}

/**
 * The first half of writeFileDurably, for a caller that has something else to make durable at the same
 * time (the file store's append overlaps its pending marker's fsync with this one).
 */
export async function stageFile(path: string, text: string | readonly string[]): Promise<StagedFile> {
  // Unique enough: the temp file is created exclusively ('wx'), so a clash fails rather than overwrites.
  const unique = `${process.pid.toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  const temp = join(dirname(path), `.${basename(path)}.${unique}${TEMP_SUFFIX}`);
  const mode = existingMode(path);
  const file = openSync(temp, 'wx', mode);
  const discard = async () => {
    try {
      unlinkSync(temp);
    } catch {}
  };
  try {
    fchmodSync(file, mode); // the umask may have narrowed or (for an existing file) changed it
    for (const part of typeof text === 'string' ? [text] : text) writeWhole(file, part);
    await syncToDisk(file);
  } catch (error) {
    closeSync(file);
    await discard();
    throw error;
  }
  closeSync(file);
  return {
    async commit(beforeCommit) {
      try {
        beforeCommit?.();
        renameSync(temp, path);
      } catch (error) {
        await discard();
        throw error;
      }
    },
    discard,
  };
}

/**
 * Write all of `text` at the file's current position. The string goes to writeSync as it is: encoding it
 * into a Buffer first took several times as long as the write. Should the system write less than asked
 * (a full disk), the rest is written from the text's bytes, or the error is thrown.
 */
export function writeWhole(descriptor: number, text: string): void {
  let written = writeSync(descriptor, text);
  const length = Buffer.byteLength(text);
  if (written === length) return;
  const bytes = Buffer.from(text, 'utf8');
  while (written < length) written += writeSync(descriptor, bytes, written, length - written);
}

/** Make entries created, renamed or removed in `directory` durable. */
export async function syncDirectory(directory: string): Promise<void> {
  // Windows cannot open a directory for fsync; its rename is already as durable as it gets there.
  if (process.platform === 'win32') return;
  const handle = openSync(directory, 'r');
  try {
    await syncToDisk(handle);
  } finally {
    closeSync(handle);
  }
}

function existingMode(path: string): number {
  const found = statSync(path, { throwIfNoEntry: false });
  return found ? found.mode & 0o777 : NEW_FILE_MODE;
}
