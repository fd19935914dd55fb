import { migrateSnapshot, SNAPSHOT_VERSION } from '@eqia/core';
import type { StoredAssessment } from './port.js';

/**
 * The stored assessment with its snapshot at this release's version. A snapshot an older eqia wrote is
 * migrated with the assessment's log, which a step may need (version 2's editors come from the edits).
 * The one place a read decides which snapshot version it hands on: the client's reads and store copies.
 */
export function withCurrentSnapshot(stored: StoredAssessment): StoredAssessment {
  if (stored.snapshot.snapshotVersion >= SNAPSHOT_VERSION) return stored;
  const events = stored.events.map((entry) => entry.event);
  return { ...stored, snapshot: migrateSnapshot(stored.snapshot, { events }) };
}
