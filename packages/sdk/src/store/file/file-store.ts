import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type AssessmentSummary, type DigestPart, type Profile, StoreCorruptError } from '@eqia/core';
import { checkAppendRequest, versionConflict } from '../append-rules.js';
import type {
  AppendRequest,
  AssessmentStore,
  StoredAssessment,
  StoredDigest,
  StoredSnapshot,
} from '../port.js';
import { storeMissing } from '../store-errors.js';
import {
  appendDigest,
  compactDigestCache,
  digestCachePaths,
  readDigestCache,
  rebuildDigestCache,
} from './digest-cache.js';
import { loadAndUpgrade, loadDocument, saveDocument } from './document-file.js';
import { type AssessmentDocument, assessmentFormat, type DocumentFormat, profileFormat } from './formats.js';
import {
  appendSummary,
  checkJournal,
  compactJournal,
  needsCompaction,
  readSummaries,
} from './index-journal.js';
import { storeLayout } from './layout.js';
import { clearPending, markPending } from './pending-markers.js';
import { needsRecovery, recover } from './recovery.js';
import {
  appendSnapshot,
  compactSnapshotCache,
  readSnapshotCache,
  rebuildSnapshotCache,
} from './snapshot-cache.js';
import { indexIsOutdated, rebuildIndex, upgradeIndex } from './store-index.js';
import { type HeldLock, type LockOptions, withStoreLock } from './store-lock.js';

export interface FileStoreOptions {
  /** The store's directory; the CLI defaults it to `./.eqia`. */
  directory: string;
  lock?: LockOptions;
}

async function fileExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * The embedded store: a directory with an index of summaries (a journal: one line per save), the profile,
 * and one lowdb JSON file per assessment, written durably under a cross-process lock. A save writes one
 * assessment file and appends one index line and one line to the snapshot cache (which lets reports read
 * every assessment's content from one file), so it costs the same at any store size. See "Store" in
 * docs/sdk.md for the format.
 */
export function createFileStore(options: FileStoreOptions): AssessmentStore {
  const layout = storeLayout(resolve(options.directory));
  const locked = <T>(work: (lock: HeldLock) => Promise<T>) => withStoreLock(layout, options.lock, work);
  let opened: Promise<void> | undefined;

  const exists = () => fileExists(layout.index);

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
    if (await needsRecovery(layout))
      await locked(async (lock) => {
        await upgradeIndex(layout, lock);
        await recover(layout, lock, true);
      });
  }

  /** Read without the lock; only an older-format file needs it, to be upgraded in place. */
  async function readDocument<T>(path: string, format: DocumentFormat<T>): Promise<T | undefined> {
    const loaded = await loadDocument(path, format);
    if (!loaded || loaded.foundVersion === format.version) return loaded?.document;
    return locked((lock) => loadAndUpgrade(path, format, lock));
  }

  /** Make sure index.json is whole and current (upgrading it if older) before the journal is used. */
  async function readyIndex(lock?: HeldLock): Promise<void> {
    const outdated = await indexIsOutdated(layout);
    if (outdated === undefined) throw storeMissing(layout.directory);
    if (outdated) await (lock ? upgradeIndex(layout, lock) : locked((held) => upgradeIndex(layout, held)));
  }

  function checkOwnFile(id: string, stored: AssessmentDocument | undefined): AssessmentDocument | undefined {
    if (stored && stored.id !== id)
      throw new StoreCorruptError(
        `The store file ${layout.assessment(id)} holds assessment ${stored.id}, not ${id}. It has been left untouched: move it back to the right name or restore it from a backup.`,
        layout.assessment(id),
      );
    return stored;
  }

  async function read(id: string): Promise<StoredAssessment | undefined> {
    await ready();
    const stored = checkOwnFile(id, await readDocument(layout.assessment(id), assessmentFormat));
    return stored && { summary: stored.summary, snapshot: stored.snapshot, events: stored.events };
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
        if (!(await exists())) await rebuildIndex(layout, lock, checkOwnFile);
        else await upgradeIndex(layout, lock);
        await recover(layout, lock, true);
        if (!(await fileExists(layout.snapshots)))
          await rebuildSnapshotCache(layout, lock, async (id) =>
            checkOwnFile(id, await loadAndUpgrade(layout.assessment(id), assessmentFormat, lock)),
          );
        if (init?.profile && !(await loadDocument(layout.profile, profileFormat)))
          await saveDocument(
            layout.profile,
            { formatVersion: profileFormat.version, profile: init.profile },
            lock.assertHeld,
          );
        // Digests depend on the profile, so they are made once it is there (a store without one has none).
        const profile = (await loadDocument(layout.profile, profileFormat))?.document.profile;
        const digestsMissing = (await Promise.all(digestCachePaths(layout).map(fileExists))).includes(false);
        if (profile && digestsMissing)
          await rebuildDigestCache(layout, lock, profile, async (id) =>
            checkOwnFile(id, await loadAndUpgrade(layout.assessment(id), assessmentFormat, lock)),
          );
      });
    },

    read,

    async append(request: AppendRequest) {
      checkAppendRequest(request);
      await ready();
      await locked(async (lock) => {
        // Check the index before writing anything, so that a damaged index fails the append cleanly.
        await readyIndex(lock);
        await recover(layout, lock);
        const { id, expectedVersion, events, snapshot, summary } = request;
        const current = checkOwnFile(id, await loadAndUpgrade(layout.assessment(id), assessmentFormat, lock));
        const actualVersion = current?.events.length ?? 0;
        if (actualVersion !== expectedVersion) throw versionConflict(id, expectedVersion, actualVersion);
        const journal = await checkJournal(layout);

        await markPending(layout, id);
        const next: AssessmentDocument = {
          formatVersion: assessmentFormat.version,
          id,
          summary,
          snapshot,
          events: [...(current?.events ?? []), ...events],
        };
        await saveDocument(layout.assessment(id), next, lock.assertHeld);
        journal.summaryBytes += await appendSummary(layout, summary, lock);
        const cacheGrown = await appendSnapshot(layout, { id, version: summary.version, snapshot }, lock);
        const digestsGrown = await appendDigest(
          layout,
          { id, version: summary.version, digest: request.digest },
          lock,
        );
        await clearPending(layout, id);
        // The save is complete and durable; a failed compaction only leaves a file longer for now.
        if (needsCompaction(journal)) await compactJournal(layout, lock).catch(() => {});
        if (cacheGrown) await compactSnapshotCache(layout, lock).catch(() => {});
        if (digestsGrown) await compactDigestCache(layout, lock).catch(() => {});
      });
    },

    async list(): Promise<AssessmentSummary[]> {
      await ready();
      await readyIndex();
      return [...(await readSummaries(layout)).values()];
    },

    async readSnapshots(ids?: readonly string[]): Promise<StoredSnapshot[]> {
      await ready();
      await readyIndex();
      const [summaries, cached] = await Promise.all([readSummaries(layout), readSnapshotCache(layout)]);
      const found: StoredSnapshot[] = [];
      for (const id of new Set(ids ?? summaries.keys())) {
        const summary = summaries.get(id);
        const hit = cached.get(id);
        // Only a snapshot of the version the index gives is used; otherwise the file is the answer.
        if (summary && hit?.version === summary.version) found.push({ summary, snapshot: hit.snapshot });
        else {
          const stored = await read(id);
          if (stored) found.push({ summary: stored.summary, snapshot: stored.snapshot });
        }
      }
      return found;
    },

    async readDigests(ids?: readonly string[], part?: DigestPart): Promise<StoredDigest[]> {
      await ready();
      await readyIndex();
      const [summaries, cached] = await Promise.all([readSummaries(layout), readDigestCache(layout, part)]);
      const found: StoredDigest[] = [];
      for (const id of new Set(ids ?? summaries.keys())) {
        const summary = summaries.get(id);
        const hit = cached.get(id);
        // A digest of an older version than the index's is stale: the client reads the snapshot instead.
        if (summary)
          found.push(hit?.version === summary.version ? { summary, digest: hit.value } : { summary });
      }
      return found;
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
        await saveDocument(
          layout.profile,
          { formatVersion: profileFormat.version, profile },
          lock.assertHeld,
        );
      });
    },

    // No handles or locks are kept between calls, so there is nothing to release.
    async close() {},
  };
}
