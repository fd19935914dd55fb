import {
  migrateSnapshot,
  type PersistedSnapshot,
  PersistedSnapshotSchema,
  parseWith,
  SNAPSHOT_VERSION,
  ValidationError,
} from '@eqia/core';
import type { StoredAssessment } from './port.js';
import { storedInvalid } from './store-errors.js';

/**
 * The stored assessment with its snapshot at this release's version. A snapshot an older eqia wrote is
 * migrated with the assessment's log, which a step may need (version 2's editors come from the edits).
 * The one place a read decides which snapshot version it hands on: the client's reads and store copies.
 * A snapshot that does not match the schema (edited by hand, or damaged) is refused by name here, before
 * anything acts on it; it is only checked, never rewritten.
 */
export function withCurrentSnapshot(stored: StoredAssessment, location: string): StoredAssessment {
  if (stored.snapshot.snapshotVersion >= SNAPSHOT_VERSION) {
    checkSnapshot(stored.snapshot, stored.summary.id, location);
    return stored;
  }
  const events = stored.events.map((entry) => entry.event);
  return refusedByName(stored.summary.id, location, () => ({
    ...stored,
    snapshot: migrateSnapshot(stored.snapshot, { events }),
  }));
}

/** A snapshot at this release's version, checked against the schema: reads in bulk check each so. */
export function checkSnapshot(snapshot: PersistedSnapshot, id: string, location: string): void {
  refusedByName(id, location, () => parseWith(PersistedSnapshotSchema, snapshot, 'The snapshot'));
}

function refusedByName<T>(id: string, location: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ValidationError) throw storedInvalid(location, error, id);
    throw error;
  }
}
