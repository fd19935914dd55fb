import {
  migrateSnapshot,
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
  const what = `The assessment "${stored.summary.id}" in the eqia store ${location}`;
  try {
    if (stored.snapshot.snapshotVersion < SNAPSHOT_VERSION) {
      const events = stored.events.map((entry) => entry.event);
      return { ...stored, snapshot: migrateSnapshot(stored.snapshot, { events }) };
    }
    parseWith(PersistedSnapshotSchema, stored.snapshot, 'The snapshot');
    return stored;
  } catch (error) {
    if (error instanceof ValidationError) throw storedInvalid(location, what, error);
    throw error;
  }
}
