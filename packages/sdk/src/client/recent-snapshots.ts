import type { PersistedSnapshot } from '@eqia/core';
import type { AssessmentStore, StoredAssessment } from '../store/port.js';

/** What a command starts from: the assessment's snapshot and its log (its summary it makes anew). */
export type SnapshotAndLog = Pick<StoredAssessment, 'snapshot' | 'events'>;

/** A handful: a session works on a few assessments at a time. */
const CAPACITY = 16;

export interface RecentSnapshots {
  /** After a commit: what was just stored (the snapshot the lifecycle produced, and the log). */
  remember(id: string, stored: SnapshotAndLog): void;
  /**
   * What was remembered for `id`, when the store says it is unchanged since (store.unchangedSince): no
   * read needed. A copy of the log, as a read would give.
   */
  unchanged(id: string, store: AssessmentStore): Promise<SnapshotAndLog | undefined>;
  /**
   * The snapshot to hand the lifecycle for this stored assessment: the one remembered when the store
   * holds that version with the same content, else the stored one.
   */
  recall(id: string, stored: StoredAssessment): PersistedSnapshot;
}

/**
 * What this client last committed of each assessment it changed. Core validates an edit's result whole
 * unless the assessment edited is one it produced itself (deep-frozen and already validated): then only
 * the edited section (applySectionPatches). A store returns fresh copies, so a second edit of the same
 * assessment would be validated whole again; handing the lifecycle the assessment it produced last time,
 * when the store's copy is that version with the same content, makes each edit one section's validation.
 * Anything written by anyone else differs, and is validated whole. A store that can tell that nobody has
 * written the assessment since (the file store can) spares the client reading it at all.
 */
export function createRecentSnapshots(): RecentSnapshots {
  const held = new Map<string, SnapshotAndLog>();
  return {
    remember(id, { snapshot, events }) {
      held.delete(id);
      // Only an assessment nobody can change (the lifecycle's are deep-frozen) may be handed out again.
      if (!Object.isFrozen(snapshot.assessment)) return;
      const kept = Object.freeze({ ...snapshot, status: Object.freeze({ ...snapshot.status }) });
      held.set(id, { snapshot: kept, events });
      if (held.size > CAPACITY) held.delete(held.keys().next().value as string);
    },
    async unchanged(id, store) {
      const entry = held.get(id);
      if (!entry || !store.unchangedSince || !(await store.unchangedSince(id, entry.events.length)))
        return undefined;
      return { ...entry, events: [...entry.events] };
    },
    recall(id, stored) {
      const entry = held.get(id);
      const same =
        entry?.events.length === stored.events.length && sameContent(entry.snapshot, stored.snapshot);
      return same ? entry.snapshot : stored.snapshot;
    },
  };
}

/**
 * Whether two JSON-like values hold the same content, as their JSON would say (a property set to
 * undefined counts as absent; key order does not matter). Walking both costs a fraction of stringifying
 * them, which a save did twice when this compared JSON text.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((element, index) => sameContent(element, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let keys = 0;
  for (const key in left) {
    if (left[key] === undefined) continue;
    keys++;
    if (!Object.hasOwn(right, key) || !sameContent(left[key], right[key])) return false;
  }
  for (const key in right) if (right[key] !== undefined) keys--;
  return keys === 0;
}
