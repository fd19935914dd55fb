import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PersistedSnapshot, RecordedEvent } from '@eqia/core';
import {
  type AssessmentSummary,
  type Profile,
  StoreCorruptError,
  UnsupportedVersionError,
} from '@eqia/core/light';
import { filteredListings, listedAsJson } from '../../client/filter-summaries.js';
import { storedOnDemandTold } from '../../language/stored-on-demand-errors.js';
import type { AssessmentStore, StoredAssessment } from '../port.js';
import { storeMissing } from '../store-errors.js';

/*
 * The file layout of eqia's first releases: a directory with `index.json`, `profile.json` and one JSON
 * file per assessment under `assessments/` (plus journals and caches that only repeated those files).
 * SQLite replaced it; this reader remains only so `eqia migrate-store` can move such a store into SQLite.
 * It reads the source of truth (the assessment files) and never writes.
 */

/** Whether a directory holds a store in the old file layout. */
export function isFileLayout(directory: string): boolean {
  try {
    return statSync(join(directory, 'index.json'), { throwIfNoEntry: false })?.isFile() === true;
  } catch (error) {
    // Not a directory at all (a file, /dev/null): certainly not the old layout.
    if ((error as { code?: unknown }).code === 'ENOTDIR') return false;
    throw error;
  }
}

/** The old layout's assessment document; format 0 had no `formatVersion` and no `id`. */
interface AssessmentDocument {
  formatVersion?: number;
  summary: AssessmentSummary;
  snapshot: PersistedSnapshot;
  events: RecordedEvent[];
}

const newestFormat = { assessment: 1, profile: 1 };

/** A read-only store over the old file layout, for copying out of it (copyStore). */
export function openFileLayout(directory: string): AssessmentStore {
  const root = resolve(directory);
  const assessments = join(root, 'assessments');
  const refuse = async (): Promise<never> => {
    const { message, options } = storedOnDemandTold('oldLayout', { location: root });
    throw new UnsupportedVersionError(message, 0, [], options);
  };

  async function readDocument(path: string): Promise<Record<string, unknown> | undefined> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (cause) {
      throw corrupt(path, 'it is not valid JSON (truncated or edited by hand?)', cause);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw corrupt(path, 'it is not a JSON object');
    return parsed as Record<string, unknown>;
  }

  async function readAssessment(id: string, path: string): Promise<StoredAssessment | undefined> {
    const document = (await readDocument(path)) as Partial<AssessmentDocument> | undefined;
    if (!document) return undefined;
    if ((document.formatVersion ?? 0) > newestFormat.assessment)
      throw corrupt(path, `its format ${document.formatVersion} is newer than this eqia reads`);
    const { summary, snapshot, events } = document;
    if (summary?.id !== id || !snapshot || !Array.isArray(events) || summary.version !== events.length)
      throw corrupt(path, 'its summary, snapshot or events are missing or disagree');
    return { summary, snapshot, events };
  }

  /** Every assessment file, by id: the files are the record, whatever the index journals said. */
  function files(): Map<string, string> {
    const found = new Map<string, string>();
    for (const name of readdirSync(assessments)) {
      if (name.startsWith('.') || !name.endsWith('.json')) continue;
      try {
        found.set(decodeURIComponent(name.slice(0, -'.json'.length)), join(assessments, name));
      } catch {}
    }
    return found;
  }

  const ready = () => {
    if (!isFileLayout(root)) throw storeMissing(root);
  };

  async function list(): Promise<AssessmentSummary[]> {
    ready();
    const summaries: AssessmentSummary[] = [];
    for (const [id, path] of files()) {
      const stored = await readAssessment(id, path);
      if (stored) summaries.push(stored.summary);
    }
    return summaries;
  }

  async function readProfile(): Promise<Profile | undefined> {
    ready();
    const path = join(root, 'profile.json');
    const document = await readDocument(path);
    if (!document) return undefined;
    // Format 0 was the bare profile, as people wrote it by hand.
    if (!('formatVersion' in document)) return document as unknown as Profile;
    if (document.formatVersion !== newestFormat.profile)
      throw corrupt(path, `its format ${String(document.formatVersion)} is not one this eqia reads`);
    return document.profile as Profile;
  }

  return {
    kind: 'file-layout',
    location: root,
    exists: async () => isFileLayout(root),
    init: refuse,
    append: refuse,
    keepDigests: refuse,
    writeProfile: refuse,
    appendObjective: refuse,
    // The old layout predates objectives: it never held any.
    readObjective: async () => undefined,
    listObjectives: async () => [],
    readObjectiveSnapshots: async () => [],
    appendEqualityData: refuse,
    listEqualityData: async () => [],
    async read(id) {
      ready();
      const path = files().get(id);
      return path ? readAssessment(id, path) : undefined;
    },
    list,
    // Read only to be copied: every summary answers, and the client selects (as the port allows).
    listDueForReview: list,
    listWithOverdueActions: list,
    listings: async (filter) => filteredListings(await list(), filter),
    listJson: async (filter) => listedAsJson(await list(), filter),
    // Never appended to (append is refused): the version only has to change with the profile's content.
    async readStoredProfile() {
      const profile = await readProfile();
      return profile && { profile, version: JSON.stringify(profile) };
    },
    readProfile,
    async close() {},
  };
}

function corrupt(path: string, reason: string, cause?: unknown): StoreCorruptError {
  return new StoreCorruptError(
    `The store file ${path} cannot be read: ${reason}. It has been left untouched; restore it from a backup, then migrate again.`,
    path,
    cause === undefined ? undefined : { cause },
  );
}
