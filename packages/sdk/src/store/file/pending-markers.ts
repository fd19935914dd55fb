import { closeSync, mkdirSync, openSync, readdirSync, unlinkSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { NEW_FILE_MODE, syncDirectory } from './durable-write.js';
import { idFromFileName, type StoreLayout } from './layout.js';

/*
 * A marker per append in flight (`pending/<id>`), created durably before the assessment file changes and
 * removed once the index has its summary: whatever a killed writer leaves, the markers say which index
 * entries the next process must check against their assessment files (see recovery.ts).
 */

export async function markPending(layout: StoreLayout, id: string): Promise<void> {
  let marker: number;
  try {
    marker = openSync(layout.marker(id), 'w', NEW_FILE_MODE);
  } catch (error) {
    // A store made before markers existed, or whose folder was removed: make it, then try once more.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(layout.pending, { recursive: true, mode: 0o700 });
    marker = openSync(layout.marker(id), 'w', NEW_FILE_MODE);
  }
  closeSync(marker);
  await syncDirectory(layout.pending);
}

export function clearPending(layout: StoreLayout, id: string): void {
  unlinkSync(layout.marker(id));
}

/** The ids with a marker; synchronous, like the store's other small calls (see durable-write.ts). */
export function pendingIds(layout: StoreLayout): string[] {
  let names: string[];
  try {
    names = readdirSync(layout.pending);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.flatMap((name) => idFromFileName(name) ?? []);
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
