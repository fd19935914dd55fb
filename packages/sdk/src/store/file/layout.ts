import { join } from 'node:path';
import { JOURNAL_NAME } from './formats.js';

/**
 * Where everything lives in a file store's directory. Ids are URI-encoded in file names so that every
 * valid id is a safe, portable name (`:` is not allowed on Windows).
 */
export interface StoreLayout {
  directory: string;
  /** Says the store exists and which format its index is in (see index-journal.ts). */
  index: string;
  /** Every assessment's summary, one JSON line per save: `list` reads only this. */
  journal: string;
  /** Each assessment's current snapshot, one JSON line per save: a cache for reports (snapshot-cache.ts). */
  snapshots: string;
  /** Each assessment's digest, a file per part, one JSON line per save: caches for the annual report and checks (digest-cache.ts). */
  digests: { annual: string; checks: string };
  profile: string;
  /** One file per assessment. */
  assessments: string;
  /** A marker per append in flight: what the next opener must reconcile if the writer died. */
  pending: string;
  /** The lock serialising writers across processes (store-lock.ts). */
  lock: string;
  assessment(id: string): string;
  marker(id: string): string;
}

export function storeLayout(directory: string): StoreLayout {
  return {
    directory,
    index: join(directory, 'index.json'),
    journal: join(directory, JOURNAL_NAME),
    snapshots: join(directory, 'snapshots.jsonl'),
    digests: {
      annual: join(directory, 'digests-annual.jsonl'),
      checks: join(directory, 'digests-checks.jsonl'),
    },
    profile: join(directory, 'profile.json'),
    assessments: join(directory, 'assessments'),
    pending: join(directory, 'pending'),
    lock: join(directory, 'store.lock'),
    assessment: (id) => join(directory, 'assessments', `${encodeURIComponent(id)}.json`),
    marker: (id) => join(directory, 'pending', encodeURIComponent(id)),
  };
}

/** The id an assessment file or pending marker is named after, or undefined for other files. */
export function idFromFileName(name: string, extension = ''): string | undefined {
  if (name.startsWith('.') || !name.endsWith(extension)) return undefined;
  try {
    return decodeURIComponent(name.slice(0, name.length - extension.length));
  } catch {
    return undefined;
  }
}
