import { mkdir, readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type AssessmentSummary, type Profile, StoreCorruptError } from '@eqia/core';
import { checkAppendRequest, versionConflict } from '../append-rules.js';
import type { AppendRequest, AssessmentStore, StoredAssessment } from '../port.js';
import { storeMissing } from '../store-errors.js';
import { loadAndUpgrade, loadDocument, saveDocument } from './document-file.js';
import {
  type AssessmentDocument,
  assessmentFormat,
  type DocumentFormat,
  FORMAT_VERSION,
  type IndexDocument,
  indexFormat,
  profileFormat,
} from './formats.js';
import { idFromFileName, storeLayout } from './layout.js';
import { clearPending, markPending, needsRecovery, recover } from './recovery.js';
import { type HeldLock, type LockOptions, withStoreLock } from './store-lock.js';

export interface FileStoreOptions {
  /** The store's directory; the CLI defaults it to `./.eqia`. */
  directory: string;
  lock?: LockOptions;
}

/**
 * The embedded store: a directory with an index of summaries, the profile, and one lowdb JSON file per
 * assessment, written durably under a cross-process lock. See "Store" in docs/sdk.md for the format.
 */
export function createFileStore(options: FileStoreOptions): AssessmentStore {
  const layout = storeLayout(resolve(options.directory));
  const locked = <T>(work: (lock: HeldLock) => Promise<T>) => withStoreLock(layout, options.lock, work);
  let opened: Promise<void> | undefined;

  async function exists(): Promise<boolean> {
    try {
      await stat(layout.index);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** Every call but exists/init starts here: the store must exist, and the first call tidies up. */
  async function ready(): Promise<void> {
    if (!(await exists())) throw storeMissing(layout.directory);
    opened ??= tidyAfterCrash().catch((error) => {
      opened = undefined;
      throw error;
    });
    await opened;
  }

  async function tidyAfterCrash(): Promise<void> {
    if (await needsRecovery(layout)) await locked((lock) => recover(layout, lock, true));
  }

  /** Read without the lock; only an older-format file needs it, to be upgraded in place. */
  async function readDocument<T>(path: string, format: DocumentFormat<T>): Promise<T | undefined> {
    const loaded = await loadDocument(path, format);
    if (!loaded || loaded.foundVersion === FORMAT_VERSION) return loaded?.document;
    return locked((lock) => loadAndUpgrade(path, format, lock));
  }

  async function readIndex(lock?: HeldLock): Promise<IndexDocument> {
    const index = lock
      ? await loadAndUpgrade(layout.index, indexFormat, lock)
      : await readDocument(layout.index, indexFormat);
    if (!index) throw storeMissing(layout.directory);
    return index;
  }

  function checkOwnFile(id: string, stored: AssessmentDocument | undefined): AssessmentDocument | undefined {
    if (stored && stored.id !== id)
      throw new StoreCorruptError(
        `The store file ${layout.assessment(id)} holds assessment ${stored.id}, not ${id}. It has been left untouched: move it back to the right name or restore it from a backup.`,
        layout.assessment(id),
      );
    return stored;
  }

  async function rebuildIndex(lock: HeldLock): Promise<IndexDocument> {
    const index: IndexDocument = { formatVersion: FORMAT_VERSION, assessments: {} };
    for (const name of await readdir(layout.assessments)) {
      const id = idFromFileName(name, '.json');
      if (id === undefined) continue;
      const stored = checkOwnFile(id, await loadAndUpgrade(layout.assessment(id), assessmentFormat, lock));
      if (stored) index.assessments[id] = stored.summary;
    }
    return index;
  }

  return {
    kind: 'file',
    location: layout.directory,
    exists,

    async init(init?: { profile?: Profile }) {
      await mkdir(layout.assessments, { recursive: true, mode: 0o700 });
      await mkdir(layout.pending, { recursive: true, mode: 0o700 });
      await locked(async (lock) => {
        // A store whose index was lost (or moved aside as corrupt) gets it back from its assessment files.
        if (!(await exists())) await saveDocument(layout.index, await rebuildIndex(lock), lock.assertHeld);
        await recover(layout, lock, true);
        if (init?.profile && !(await loadDocument(layout.profile, profileFormat)))
          await saveDocument(
            layout.profile,
            { formatVersion: FORMAT_VERSION, profile: init.profile },
            lock.assertHeld,
          );
      });
    },

    async read(id): Promise<StoredAssessment | undefined> {
      await ready();
      const stored = checkOwnFile(id, await readDocument(layout.assessment(id), assessmentFormat));
      return stored && { summary: stored.summary, snapshot: stored.snapshot, events: stored.events };
    },

    async append(request: AppendRequest) {
      checkAppendRequest(request);
      await ready();
      await locked(async (lock) => {
        await recover(layout, lock);
        const { id, expectedVersion, events, snapshot, summary } = request;
        const current = checkOwnFile(id, await loadAndUpgrade(layout.assessment(id), assessmentFormat, lock));
        const actualVersion = current?.events.length ?? 0;
        if (actualVersion !== expectedVersion) throw versionConflict(id, expectedVersion, actualVersion);
        // Read the index before writing anything, so that a damaged index fails the append cleanly.
        const index = await readIndex(lock);

        await markPending(layout, id);
        const next: AssessmentDocument = {
          formatVersion: FORMAT_VERSION,
          id,
          summary,
          snapshot,
          events: [...(current?.events ?? []), ...events],
        };
        await saveDocument(layout.assessment(id), next, lock.assertHeld);
        index.assessments[id] = summary;
        await saveDocument(layout.index, index, lock.assertHeld);
        await clearPending(layout, id);
      });
    },

    async list(): Promise<AssessmentSummary[]> {
      await ready();
      return Object.values((await readIndex()).assessments);
    },

    async readProfile() {
      await ready();
      return (await readDocument(layout.profile, profileFormat))?.profile;
    },

    async writeProfile(profile) {
      await ready();
      await locked(async (lock) => {
        await recover(layout, lock);
        // Never write over a profile file we cannot read: it is somebody's configuration.
        await loadAndUpgrade(layout.profile, profileFormat, lock);
        await saveDocument(layout.profile, { formatVersion: FORMAT_VERSION, profile }, lock.assertHeld);
      });
    },

    // No handles or locks are kept between calls, so there is nothing to release.
    async close() {},
  };
}
