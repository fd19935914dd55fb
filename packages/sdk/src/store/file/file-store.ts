import { statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DigestPart } from '@eqia/core';
import { type AssessmentSummary, type Profile, StoreCorruptError } from '@eqia/core/light';
import { checkAppendRequest, versionConflict } from '../append-rules.js';
import type {
  AppendRequest,
  AssessmentStore,
  StoredAssessment,
  StoredDigest,
  StoredSnapshot,
} from '../port.js';
import { storeMissing } from '../store-errors.js';
import { createAssessmentCache, fileIdentity, type HeldAssessment } from './assessment-cache.js';
import { assessmentText, fileParts, parseAssessmentText, runsWith } from './assessment-text.js';
import {
  appendDigest,
  compactDigestCache,
  digestCachePaths,
  digestLines,
  readDigestCache,
  rebuildDigestCache,
} from './digest-cache.js';
import { loadAndUpgrade, loadDocument, saveDocument } from './document-file.js';
import { type StagedFile, stageFile, syncDirectory } from './durable-write.js';
import { type AssessmentDocument, assessmentFormat, type DocumentFormat, profileFormat } from './formats.js';
import {
  appendSummary,
  checkJournal,
  compactJournal,
  needsCompaction,
  readSummaries,
  summaryLine,
} from './index-journal.js';
import { type StoreLayout, storeLayout } from './layout.js';
import { clearPending, markPending, pendingIds } from './pending-markers.js';
import { needsRecovery, recover } from './recovery.js';
import { allSettledOrThrow } from './settle.js';
import {
  appendSnapshot,
  compactSnapshotCache,
  readSnapshotCache,
  rebuildSnapshotCache,
  snapshotLine,
} from './snapshot-cache.js';
import { indexIsOutdated, rebuildIndex, upgradeIndex } from './store-index.js';
import { type HeldLock, type LockOptions, withStoreLock } from './store-lock.js';

export interface FileStoreOptions {
  /** The store's directory; the CLI defaults it to `./.eqia`. */
  directory: string;
  lock?: LockOptions;
}

/** Synchronous, like the store's other small calls (see durable-write.ts). */
const fileExists = (path: string): boolean => statSync(path, { throwIfNoEntry: false }) !== undefined;

/**
 * The new assessment file, written and fsynced beside the old one while the pending marker is made
 * durable: the marker must be on disk before the file or the journal changes, and the staged file does
 * not change it until it is renamed. If either fails, nothing is left behind but the marker.
 */
async function stageBehindMarker(
  layout: StoreLayout,
  id: string,
  text: readonly string[],
): Promise<StagedFile> {
  const [marked, staged] = await Promise.allSettled([
    markPending(layout, id),
    stageFile(layout.assessment(id), text),
  ]);
  if (marked.status === 'fulfilled' && staged.status === 'fulfilled') return staged.value;
  if (staged.status === 'fulfilled') await staged.value.discard();
  throw marked.status === 'rejected' ? marked.reason : (staged as PromiseRejectedResult).reason;
}

/** `make()`, run while `staging` is under way; should it throw, the staged file is discarded first. */
async function whileStaging<T>(staging: Promise<StagedFile>, make: () => T): Promise<T> {
  try {
    return make();
  } catch (error) {
    await staging.then((staged) => staged.discard()).catch(() => {});
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

  const exists = async () => fileExists(layout.index);

  /** Every call but exists/init starts here: the store must exist, and the first call tidies up. */
  async function ready(): Promise<void> {
    if (!fileExists(layout.index)) throw storeMissing(layout.directory);
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

  /** The identity (assessment-cache.ts) of index.json when last found whole and current. */
  let currentIndex: string | undefined;

  /** Make sure index.json is whole and current (upgrading it if older) before the journal is used. */
  async function readyIndex(lock?: HeldLock): Promise<void> {
    // Unchanged since it was last found sound, it need not be read again (the identity is taken first).
    const identity = fileIdentity(layout.index);
    if (identity !== undefined && identity === currentIndex) return;
    const outdated = await indexIsOutdated(layout);
    if (outdated === undefined) throw storeMissing(layout.directory);
    if (outdated) await (lock ? upgradeIndex(layout, lock) : locked((held) => upgradeIndex(layout, held)));
    else currentIndex = identity;
  }

  /** The profile as last read, with its file's identity then: a copy of it is as good as reading. */
  let lastProfile: { identity: string; profile: Profile } | undefined;

  function checkOwnFile(id: string, stored: AssessmentDocument | undefined): AssessmentDocument | undefined {
    if (stored && stored.id !== id)
      throw new StoreCorruptError(
        `The store file ${layout.assessment(id)} holds assessment ${stored.id}, not ${id}. It has been left untouched: move it back to the right name or restore it from a backup.`,
        layout.assessment(id),
      );
    return stored;
  }

  const recent = createAssessmentCache();

  /** An assessment file's document, parsed afresh from the text held when the file is unchanged. */
  async function readAssessment(id: string): Promise<AssessmentDocument | undefined> {
    const path = layout.assessment(id);
    const identity = fileIdentity(path);
    const held = identity && recent.get(path, identity);
    if (held) return parseAssessmentText(held);
    return checkOwnFile(id, await readDocument(path, assessmentFormat));
  }

  /**
   * Holding the lock: the assessment's log as its file holds it now (its length, and its JSON in runs to
   * add to), without reading the file when it is unchanged since this store wrote it (assessment-cache.ts).
   * A file in an older format is upgraded.
   */
  async function currentLog(
    id: string,
    lock: HeldLock,
  ): Promise<{ version: number; runs: readonly string[] } | undefined> {
    const path = layout.assessment(id);
    const identity = fileIdentity(path);
    const held = identity && recent.get(path, identity);
    if (held) return held;
    const stored = checkOwnFile(id, await loadAndUpgrade(path, assessmentFormat, lock));
    return stored && { version: stored.events.length, runs: runsWith([], stored.events) };
  }

  /** What was just written, so that the next read or save of it need not read the file. */
  function rememberWritten(id: string, written: HeldAssessment): void {
    const path = layout.assessment(id);
    const identity = fileIdentity(path);
    if (identity) recent.keep(path, identity, written);
  }

  async function read(id: string): Promise<StoredAssessment | undefined> {
    // Reading the file needs nothing ready() does (recovery only mends the index): both at once.
    const [, stored] = await allSettledOrThrow([ready(), readAssessment(id)]);
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
        if (!fileExists(layout.snapshots))
          await rebuildSnapshotCache(layout, lock, async (id) =>
            checkOwnFile(id, await loadAndUpgrade(layout.assessment(id), assessmentFormat, lock)),
          );
        if (init?.profile && !(await loadDocument(layout.profile, profileFormat)))
          await saveDocument(
            layout.profile,
            profileFormat,
            { formatVersion: profileFormat.version, profile: init.profile },
            lock.assertHeld,
          );
        // Digests depend on the profile, so they are made once it is there (a store without one has none).
        const profile = (await loadDocument(layout.profile, profileFormat))?.document.profile;
        const digestsMissing = !digestCachePaths(layout).every(fileExists);
        if (profile && digestsMissing)
          await rebuildDigestCache(layout, lock, profile, async (id) =>
            checkOwnFile(id, await loadAndUpgrade(layout.assessment(id), assessmentFormat, lock)),
          );
      });
    },

    read,

    async unchangedSince(id: string, version: number) {
      const path = layout.assessment(id);
      const identity = fileIdentity(path);
      return identity !== undefined && recent.get(path, identity)?.version === version;
    },

    async append(request: AppendRequest) {
      checkAppendRequest(request);
      // Once open, a store gone missing is found under the lock (readyIndex, or the lock itself).
      await (opened ?? ready());
      await locked(async (lock) => {
        // Check the index before writing anything, so that a damaged index fails the append cleanly.
        await readyIndex(lock);
        if (pendingIds(layout).length > 0) await recover(layout, lock);
        const { id, expectedVersion, events, snapshot, summary } = request;
        const journal = checkJournal(layout);
        const current = await currentLog(id, lock);
        const actualVersion = current?.version ?? 0;
        if (actualVersion !== expectedVersion) throw versionConflict(id, expectedVersion, actualVersion);

        const { version } = summary;
        const snapshotJson = JSON.stringify(snapshot);
        const head = { formatVersion: assessmentFormat.version, id, summary };
        const written = { ...assessmentText(head, snapshotJson, current?.runs ?? [], events), version };
        const staging = stageBehindMarker(layout, id, fileParts(written));
        // The lines to add once the file is in place are made while the disk works on the marker and the
        // file: the fsyncs are in flight (started synchronously above), and this is CPU the save would
        // otherwise spend after them. The client's digest is worked out here too (it is a getter).
        const lines = await whileStaging(staging, () => ({
          summary: summaryLine(summary),
          snapshot: snapshotLine(id, version, snapshotJson),
          digests: digestLines(id, version, request.digest),
        }));
        const staged = await staging;
        await staged.commit(lock.assertHeld);
        // While the marker is there, a crash before the rename and the journal line are both on disk is
        // put right from the file (recovery.ts); the snapshot and digest lines need no fsync (line-cache.ts).
        const [, summaryBytes, cacheGrown, digestsGrown] = await allSettledOrThrow([
          syncDirectory(layout.assessments),
          appendSummary(layout, lines.summary, lock),
          appendSnapshot(layout, lines.snapshot, lock),
          appendDigest(layout, lines.digests, lock),
        ]);
        rememberWritten(id, written);
        clearPending(layout, id);
        // The save is complete and durable; a failed compaction only leaves a file longer for now.
        journal.summaryBytes += summaryBytes;
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
      // The client reads the profile before every command: unchanged, it is not read and parsed again.
      await ready();
      const identity = fileIdentity(layout.profile);
      if (identity !== undefined && identity === lastProfile?.identity)
        return structuredClone(lastProfile.profile);
      const profile = (await readDocument(layout.profile, profileFormat))?.profile;
      lastProfile = identity && profile ? { identity, profile: structuredClone(profile) } : undefined;
      return profile;
    },

    async writeProfile(profile) {
      await ready();
      await locked(async (lock) => {
        await recover(layout, lock);
        // Never write over a profile file we cannot read: it is somebody's configuration.
        await loadAndUpgrade(layout.profile, profileFormat, lock);
        await saveDocument(
          layout.profile,
          profileFormat,
          { formatVersion: profileFormat.version, profile },
          lock.assertHeld,
        );
      });
    },

    // No handles or locks are kept between calls, so there is nothing to release.
    async close() {},
  };
}
