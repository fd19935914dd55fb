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

/** The title the writers give a snapshot: it names the version, so tests see if snapshot and log agree. */
export const titleAt = (id: string, version: number) => `${id} at version ${version}`;

/**
 * A request that appends `count` events to assessment `id` after `after` (its log so far), each a real
 * link of the hash chain (core's recordEvent), so that what a test reads back can be verified.
 */
export function chainedAppend(
  id: string,
  count: number,
  after: readonly RecordedEvent[] = [],
  options: { title?: string; event?: (seq: number) => unknown } = {},
): AppendRequest {
  const version = after.length + count;
  const assessment = createAssessment({
    id,
    title: options.title ?? titleAt(id, version),
    createdBy: 'author',
    createdAt,
    profile,
  });
  const snapshot: PersistedSnapshot = {
    snapshotVersion: SNAPSHOT_VERSION,
    status: { state: 'draft' },
    assessment,
  };
  const event = options.event ?? ((seq: number) => ({ type: 'edited', by: 'author', seq }));
  const events: RecordedEvent[] = [];
  let previous = after.at(-1);
  for (let i = 0; i < count; i++) {
    const entry = recordEvent(previous, event(after.length + i + 1));
    events.push(entry);
    previous = entry;
  }
  return {
    id,
    expectedVersion: after.length,
    events,
    snapshot,
    summary: summarise(assessment, snapshot.status, { version, updatedAt: createdAt }),
    digest: digestAssessment(assessment, profile),
  };
}
