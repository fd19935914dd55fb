import {
  type AssessmentSummary,
  createAssessment,
  defaultProfile,
  englishFingerprint,
  type LifecycleStatus,
  type PersistedSnapshot,
  type RecordedEvent,
  recordEvent,
  SNAPSHOT_VERSION,
  summarise,
} from '@eqia/core';
import { digestAssessment } from '@eqia/core/checks';
import type { AppendRequest } from '../store/port.js';

export interface SampleOptions {
  title?: string;
  /** Recorded in each event, to tell writers apart. */
  by?: string;
  /** Events to append; defaults to 1. */
  count?: number;
  /** Recorded in each event; defaults to `<by> #<seq>`. */
  note?: string;
}

const zeros = '0'.repeat(64);
/** Stores do not verify the hash chain, so samples carry placeholders shaped like one. */
const placeholderHash = (seq: number) => (seq === 0 ? zeros : seq.toString(16).padStart(64, '0'));

/**
 * A valid append for store tests: a fresh assessment from core with its summary and digest, and `count` events
 * numbered on from `expectedVersion`. Not a real lifecycle history: stores treat events as opaque.
 */
export function sampleAppend(
  id: string,
  expectedVersion: number,
  options: SampleOptions = {},
): AppendRequest {
  const count = options.count ?? 1;
  const by = options.by ?? 'author';
  const at = new Date(Date.UTC(2025, 0, 1, 9, 0, expectedVersion + count)).toISOString();
  const assessment = createAssessment({
    id,
    title: options.title ?? `Assessment ${id}`,
    createdBy: 'author',
    createdAt: '2025-01-01T09:00:00.000Z',
    profile: defaultProfile,
  });
  const status: LifecycleStatus = { state: 'draft' };
  const snapshot: PersistedSnapshot = { snapshotVersion: SNAPSHOT_VERSION, status, assessment };
  const version = expectedVersion + count;
  const summary: AssessmentSummary = summarise(assessment, status, { version, updatedAt: at });
  const events: RecordedEvent[] = Array.from({ length: count }, (_, index) => {
    const seq = expectedVersion + index + 1;
    return {
      seq,
      event: { type: 'sample', by, at, note: options.note ?? `${by} #${seq}` },
      prevHash: placeholderHash(seq - 1),
      hash: placeholderHash(seq),
    };
  });
  const digest = digestAssessment(assessment, defaultProfile, []);
  return { id, expectedVersion, events, snapshot, summary, digest };
}

/** The title chainedAppend gives a snapshot: it names the version, so tests see if snapshot and log agree. */
export const titleAt = (id: string, version: number) => `${id} at version ${version}`;

/**
 * A request that appends `count` events to assessment `id` after `after` (its log so far), each a real
 * link of the hash chain (core's recordEvent), so that what a test reads back, or copies, verifies.
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
    createdAt: '2025-03-01T09:00:00.000Z',
    profile: defaultProfile,
  });
  const status: LifecycleStatus = { state: 'draft' };
  const snapshot: PersistedSnapshot = { snapshotVersion: SNAPSHOT_VERSION, status, assessment };
  const event = options.event ?? ((seq: number) => ({ type: 'edited', by: 'author', seq }));
  const events: RecordedEvent[] = [];
  for (let i = 0; i < count; i++)
    events.push(recordEvent(events.at(-1) ?? after.at(-1), event(after.length + i + 1)));
  return {
    id,
    expectedVersion: after.length,
    events,
    snapshot,
    summary: summarise(assessment, status, { version, updatedAt: assessment.createdAt }),
    digest: digestAssessment(assessment, defaultProfile, []),
  };
}

/**
 * The request with `welsh` as its title's Welsh version (written for the English `writtenFor`, when
 * given), and the summary a save of that Welsh writes.
 */
export function withWelshTitle(request: AppendRequest, welsh: string, writtenFor?: string): AppendRequest {
  const assessment = {
    ...request.snapshot.assessment,
    welsh: { 'policy/title': welsh },
    ...(writtenFor !== undefined && { welshOf: { 'policy/title': englishFingerprint(writtenFor) } }),
  };
  const { version, updatedAt } = request.summary;
  return {
    ...request,
    snapshot: { ...request.snapshot, assessment },
    summary: summarise(assessment, request.snapshot.status, { version, updatedAt }),
  };
}
