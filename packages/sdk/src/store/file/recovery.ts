import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { loadAndUpgrade } from './document-file.js';
import { isTempFileName } from './durable-write.js';
import { assessmentFormat } from './formats.js';
import { readJournal, writeJournal } from './index-journal.js';
import type { StoreLayout } from './layout.js';
import { clearPending, namesIn, pendingIds } from './pending-markers.js';
import type { HeldLock } from './store-lock.js';

/*
 * An append writes, in order: a pending marker, the assessment file, a line of the index journal, then
 * removes the marker. Files are replaced atomically and the journal only grows by whole lines or a torn
 * last one, so a writer killed at any point leaves an index entry at most one save behind its assessment
 * file, perhaps a torn journal line, a temp file or a marker. The assessment file is the source of truth;
 * these functions put the rest right, holding the lock, after the index is in the current format.
 */

/** Whether a writer may have died here: cheap enough to ask on every open without the lock. */
export async function needsRecovery(layout: StoreLayout): Promise<boolean> {
  return pendingIds(layout).length > 0 || (await strayTempFiles(layout)).length > 0;
}

/**
 * Bring index entries of interrupted appends in line with their files (rewriting the journal whole, which
 * also drops a torn line) and clear their markers; with `sweep`, also remove temp files (which lists the
 * assessments directory, so only on open and init).
 */
export async function recover(layout: StoreLayout, lock: HeldLock, sweep = false): Promise<void> {
  const ids = pendingIds(layout);
  if (ids.length > 0) {
    const { summaries, torn } = await readJournal(layout);
    let changed = torn !== '';
    for (const id of ids) {
      const stored = await loadAndUpgrade(layout.assessment(id), assessmentFormat, lock);
      if (stored && JSON.stringify(summaries.get(id)) !== JSON.stringify(stored.summary)) {
        summaries.set(id, stored.summary);
        changed = true;
      }
    }
    if (changed) await writeJournal(layout, summaries.values(), lock);
    for (const id of ids) clearPending(layout, id);
  }
  // Only a writer holding the lock has temp files, so under the lock every one is stray.
  if (sweep) await Promise.all((await strayTempFiles(layout)).map((path) => unlink(path).catch(() => {})));
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
