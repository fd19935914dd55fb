import type { LifecycleStatus } from '../lifecycle/state.js';
import type { Assessment } from '../schema/assessment.js';

/**
 * One entry of an assessment's append-only log: the lifecycle event as accepted, its position, and the
 * audit hash chain (SHA-256 over canonical JSON of `{ seq, event, prevHash }`).
 * Stores treat `event` as opaque JSON; core gives it its type.
 */
export interface RecordedEvent<TEvent = unknown> {
  /** 1-based position in the assessment's log. */
  seq: number;
  event: TEvent;
  /** The previous entry's hash; 64 zeros for the first entry. */
  prevHash: string;
  hash: string;
}

/**
 * The state of an assessment after folding its log: what a store keeps beside the events so that reading
 * does not replay. Everything the lifecycle machine needs is derivable from `status` and `assessment`.
 */
export interface PersistedSnapshot {
  /** Version of this snapshot format and of the lifecycle machine; older ones migrate on read. */
  snapshotVersion: number;
  status: LifecycleStatus;
  assessment: Assessment;
}
