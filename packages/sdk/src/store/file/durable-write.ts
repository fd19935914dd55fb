import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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
  const mode = await existingMode(path);
  const file = await open(temp, 'wx', mode);
  const discard = () => unlink(temp).catch(() => {});
  try {
    await file.chmod(mode); // the umask may have narrowed or (for an existing file) changed it
    if (typeof text === 'string') await file.writeFile(text, 'utf8');
    else for (const part of text) await file.writeFile(part, 'utf8');
    await file.sync();
  } catch (error) {
    await file.close();
    await discard();
    throw error;
  }
  await file.close();
  return {
    async commit(beforeCommit) {
      try {
        beforeCommit?.();
        await rename(temp, path);
      } catch (error) {
        await discard();
        throw error;
      }
    },
    discard,
  };
}

/** Make entries created, renamed or removed in `directory` durable. */
export async function syncDirectory(directory: string): Promise<void> {
  // Windows cannot open a directory for fsync; its rename is already as durable as it gets there.
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function existingMode(path: string): Promise<number> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return NEW_FILE_MODE;
    throw error;
  }
}
