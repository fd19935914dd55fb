import type { PersistedSnapshot } from '@eqia/core';
import type { StoredAssessment } from '../store/port.js';

/** A handful: a session works on a few assessments at a time. */
const CAPACITY = 16;

export interface RecentSnapshots {
  /** After a commit: the snapshot the lifecycle produced, at the version just stored. */
  remember(id: string, version: number, snapshot: PersistedSnapshot): void;
  /**
   * The snapshot to hand the lifecycle for this stored assessment: the one remembered when the store
   * holds that version with the same content, else the stored one.
   */
  recall(id: string, stored: StoredAssessment): PersistedSnapshot;
}

/**
 * The snapshots this client last committed. Core validates an edit's result whole unless the assessment
 * edited is one it produced itself (deep-frozen and already validated): then only the edited section
 * (applySectionPatches). A store returns fresh copies, so a second edit of the same assessment would be
 * validated whole again; handing the lifecycle the assessment it produced last time, when the store's copy
 * is that version with the same content (compared as JSON), makes each edit one section's validation.
 * Anything written by anyone else differs, and is validated whole.
 */
export function createRecentSnapshots(): RecentSnapshots {
  const held = new Map<string, { version: number; json: string; snapshot: PersistedSnapshot }>();
  return {
    remember(id, version, snapshot) {
      held.delete(id);
      // Only an assessment nobody can change (the lifecycle's are deep-frozen) may be handed out again.
      if (!Object.isFrozen(snapshot.assessment)) return;
      const kept = Object.freeze({ ...snapshot, status: Object.freeze({ ...snapshot.status }) });
      held.set(id, { version, json: JSON.stringify(kept), snapshot: kept });
      if (held.size > CAPACITY) held.delete(held.keys().next().value as string);
    },
    recall(id, stored) {
      const entry = held.get(id);
      const same = entry?.version === stored.events.length && entry.json === JSON.stringify(stored.snapshot);
      return same ? entry.snapshot : stored.snapshot;
    },
  };
}
