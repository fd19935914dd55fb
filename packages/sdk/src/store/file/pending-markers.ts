import { mkdir, open, readdir, unlink } from 'node:fs/promises';
import { NEW_FILE_MODE, syncDirectory } from './durable-write.js';
import { idFromFileName, type StoreLayout } from './layout.js';

/*
 * A marker per append in flight (`pending/<id>`), created durably before the assessment file changes and
 * removed once the index has its summary: whatever a killed writer leaves, the markers say which index
 * entries the next process must check against their assessment files (see recovery.ts).
 */

export async function markPending(layout: StoreLayout, id: string): Promise<void> {
  const marker = await open(layout.marker(id), 'w', NEW_FILE_MODE).catch(async (error) => {
    // A store made before markers existed, or whose folder was removed: make it, then try once more.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(layout.pending, { recursive: true, mode: 0o700 });
    return open(layout.marker(id), 'w', NEW_FILE_MODE);
  });
  await marker.close();
  await syncDirectory(layout.pending);
}

export async function clearPending(layout: StoreLayout, id: string): Promise<void> {
  await unlink(layout.marker(id));
}

export async function pendingIds(layout: StoreLayout): Promise<string[]> {
  return (await namesIn(layout.pending)).flatMap((name) => idFromFileName(name) ?? []);
}

/** The names in a directory; none when it does not exist. */
export async function namesIn(directory: string): Promise<string[]> {
  try {
    return await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
