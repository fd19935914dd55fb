import { readdir } from 'node:fs/promises';
import type { AssessmentSummary } from '@eqia/core';
import { keepBackup, loadAndUpgrade, loadDocument, saveDocument } from './document-file.js';
import {
  type AssessmentDocument,
  assessmentFormat,
  type IndexDocument,
  indexFormat,
  JOURNAL_NAME,
} from './formats.js';
import { writeJournal } from './index-journal.js';
import { idFromFileName, type StoreLayout } from './layout.js';
import type { HeldLock } from './store-lock.js';

/*
 * The index is two files: index.json, whose presence says the store exists and whose formatVersion says
 * how to read the rest, and the journal of summaries it names (index-journal.ts). The journal is always
 * written first, so a store that index.json says exists always has one.
 */

const currentIndex = (): IndexDocument => ({ formatVersion: indexFormat.version, journal: JOURNAL_NAME });

/**
 * Whether index.json is in an older format and must be upgraded (under the lock) before the journal is
 * read. Undefined when there is no index.json; StoreCorruptError or UnsupportedVersionError as it is read.
 */
export async function indexIsOutdated(layout: StoreLayout): Promise<boolean | undefined> {
  const loaded = await loadDocument(layout.index, indexFormat);
  return loaded && loaded.foundVersion < indexFormat.version;
}

/**
 * Bring an older index.json to the current format, holding the lock: keep a backup of it, move its
 * summaries into a new journal, then write the current index.json. Interrupted, it simply runs again.
 */
export async function upgradeIndex(layout: StoreLayout, lock: HeldLock): Promise<void> {
  const loaded = await loadDocument(layout.index, indexFormat);
  if (!loaded || loaded.foundVersion === indexFormat.version) return;
  await keepBackup(layout.index, loaded.foundVersion);
  await writeJournal(layout, Object.values(loaded.document.assessments ?? {}), lock);
  await saveDocument(layout.index, indexFormat, currentIndex(), lock.assertHeld);
}

/** Write a new index from the assessment files (a new store, or one whose index was moved aside). */
export async function rebuildIndex(
  layout: StoreLayout,
  lock: HeldLock,
  checkOwnFile: (id: string, stored: AssessmentDocument | undefined) => AssessmentDocument | undefined,
): Promise<void> {
  const summaries: AssessmentSummary[] = [];
  for (const name of await readdir(layout.assessments)) {
    const id = idFromFileName(name, '.json');
    if (id === undefined) continue;
    const stored = checkOwnFile(id, await loadAndUpgrade(layout.assessment(id), assessmentFormat, lock));
    if (stored) summaries.push(stored.summary);
  }
  await writeJournal(layout, summaries, lock);
  await saveDocument(layout.index, indexFormat, currentIndex(), lock.assertHeld);
}
