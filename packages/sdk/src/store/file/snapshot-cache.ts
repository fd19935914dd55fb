import type { PersistedSnapshot } from '@eqia/core';
import { type AssessmentDocument, isRecord } from './formats.js';
import type { StoreLayout } from './layout.js';
import { lineCache } from './line-cache.js';
import type { HeldLock } from './store-lock.js';

/*
 * The snapshot cache, `snapshots.jsonl`: a line cache (line-cache.ts) of each assessment's current
 * content, compact and without its log, about a quarter of the assessment file: what `readSnapshots` reads.
 */
const snapshots = lineCache<PersistedSnapshot>({
  path: (layout) => layout.snapshots,
  field: 'snapshot',
  accepts: (value): value is PersistedSnapshot =>
    isRecord(value) && isRecord(value.assessment) && isRecord(value.status),
});

export type CachedSnapshot = { version: number; snapshot: PersistedSnapshot };

export async function readSnapshotCache(layout: StoreLayout): Promise<Map<string, CachedSnapshot>> {
  const cached = new Map<string, CachedSnapshot>();
  for (const [id, { version, value }] of await snapshots.read(layout))
    cached.set(id, { version, snapshot: value });
  return cached;
}

/** A save's line, from the snapshot's JSON (which the save has made already for the assessment file). */
export const snapshotLine = (id: string, version: number, snapshotJson: string): string =>
  snapshots.line(id, version, snapshotJson);

export const appendSnapshot = (layout: StoreLayout, line: string, lock: HeldLock) =>
  snapshots.append(layout, line, lock);

export const compactSnapshotCache = (layout: StoreLayout, lock: HeldLock) => snapshots.compact(layout, lock);

export const rebuildSnapshotCache = (
  layout: StoreLayout,
  lock: HeldLock,
  readAssessment: (id: string) => Promise<AssessmentDocument | undefined>,
) => snapshots.rebuild(layout, lock, readAssessment, (stored) => stored.snapshot);
