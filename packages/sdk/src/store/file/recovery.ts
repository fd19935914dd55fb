import { mkdir, open, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { loadAndUpgrade, saveDocument } from './document-file.js';
import { isTempFileName, NEW_FILE_MODE, syncDirectory } from './durable-write.js';
import { assessmentFormat, indexFormat } from './formats.js';
import { idFromFileName, type StoreLayout } from './layout.js';
import type { HeldLock } from './store-lock.js';

/*
 * An append writes, in order: a pending marker, the assessment file, the index, then removes the marker.
 * Each file is replaced atomically, so a writer killed at any point leaves every file whole, but maybe an
 * index entry behind its assessment file and a temp file or marker lying about. The assessment file is
 * the source of truth; these functions put the rest right, holding the lock.
 */

/** Note that an append to `id` is in flight, durably, before its assessment file changes. */
export async function markPending(layout: StoreLayout, id: string): Promise<void> {
  await mkdir(layout.pending, { recursive: true });
  const marker = await open(layout.marker(id), 'w', NEW_FILE_MODE);
  await marker.close();
  await syncDirectory(layout.pending);
}

export async function clearPending(layout: StoreLayout, id: string): Promise<void> {
  await unlink(layout.marker(id));
}

/** Whether a writer may have died here: cheap enough to ask on every open without the lock. */
export async function needsRecovery(layout: StoreLayout): Promise<boolean> {
  const [markers, temps] = await Promise.all([pendingIds(layout), strayTempFiles(layout)]);
  return markers.length > 0 || temps.length > 0;
}

/**
 * Bring index entries of interrupted appends in line with their files and clear their markers; with
 * `sweep`, also remove temp files (which lists the assessments directory, so only on open and init).
 */
export async function recover(layout: StoreLayout, lock: HeldLock, sweep = false): Promise<void> {
  const ids = await pendingIds(layout);
  if (ids.length > 0) {
    const index = await loadAndUpgrade(layout.index, indexFormat, lock);
    let changed = false;
    for (const id of ids) {
      const stored = await loadAndUpgrade(layout.assessment(id), assessmentFormat, lock);
      const listed = index?.assessments[id];
      if (index && stored && JSON.stringify(listed) !== JSON.stringify(stored.summary)) {
        index.assessments[id] = stored.summary;
        changed = true;
      }
    }
    if (index && changed) await saveDocument(layout.index, index, lock.assertHeld);
    if (index) await Promise.all(ids.map((id) => clearPending(layout, id)));
  }
  // Only a writer holding the lock has temp files, so under the lock every one is stray.
  if (sweep) await Promise.all((await strayTempFiles(layout)).map((path) => unlink(path).catch(() => {})));
}

async function pendingIds(layout: StoreLayout): Promise<string[]> {
  return (await namesIn(layout.pending)).flatMap((name) => idFromFileName(name) ?? []);
}

async function strayTempFiles(layout: StoreLayout): Promise<string[]> {
  const directories = [layout.directory, layout.assessments];
  const lists = await Promise.all(
    directories.map(async (directory) =>
      (await namesIn(directory)).filter(isTempFileName).map((name) => join(directory, name)),
    ),
  );
  return lists.flat();
}

async function namesIn(directory: string): Promise<string[]> {
  try {
    return await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
