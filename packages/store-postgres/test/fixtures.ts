import {
  createAssessment,
  defaultProfile,
  digestAssessment,
  type PersistedSnapshot,
  type RecordedEvent,
  recordEvent,
  SNAPSHOT_VERSION,
  summarise,
} from '@eqia/core';
import type { AppendRequest } from '@eqia/sdk';

export const profile = defaultProfile;
export const createdAt = '2025-03-01T09:00:00.000Z';

/** A request that appends `count` events to assessment `id` after `after` (its log so far). */
export function appendFor(
  id: string,
  count: number,
  after: readonly RecordedEvent[] = [],
  event: (seq: number) => unknown = (seq) => ({ type: 'edited', by: 'author', seq }),
): AppendRequest {
  const assessment = createAssessment({
    id,
    title: `Assessment ${id}`,
    createdBy: 'author',
    createdAt,
    profile,
  });
  const snapshot: PersistedSnapshot = {
    snapshotVersion: SNAPSHOT_VERSION,
    status: { state: 'draft' },
    assessment,
  };
  const events: RecordedEvent[] = [];
  let previous = after.at(-1);
  for (let i = 0; i < count; i++) {
    const entry = recordEvent(previous, event(after.length + i + 1));
    events.push(entry);
    previous = entry;
  }
  const version = after.length + count;
  return {
    id,
    expectedVersion: after.length,
    events,
    snapshot,
    summary: summarise(assessment, snapshot.status, { version, updatedAt: createdAt }),
    digest: digestAssessment(assessment, profile),
  };
}
