import { stat } from 'node:fs/promises';
import type { AssessmentDocument } from './formats.js';

/*
 * The assessment documents a file store last wrote, each with its file's identity just after: device,
 * inode, size and modification and change times to the nanosecond. A save must read the assessment
 * holding the lock to compare versions; with the identity unchanged the file has been neither replaced
 * (every write renames a new file over it: a new inode and change time) nor edited in place (new times),
 * so the document held is its content, and the file need not be read and parsed again. Anything else — a
 * save by another process or store object, an upgrade, an edit by hand — misses, and the file is read.
 * Kept documents are deep-frozen and only used inside the store: reads still return fresh copies.
 */

/** A few documents are enough: a session edits a handful of assessments. */
const CAPACITY = 16;

export interface AssessmentCache {
  /** The document held for this file if its identity is still the one recorded. */
  get(path: string, identity: string): AssessmentDocument | undefined;
  /**
   * Keep the document just written to the file. It is made of the caller's objects, which the caller may
   * still change: only parts nobody can change are kept as they are (see sealed).
   */
  keep(path: string, identity: string, document: AssessmentDocument): void;
}

export function createAssessmentCache(): AssessmentCache {
  const held = new Map<string, { identity: string; document: AssessmentDocument }>();
  return {
    get(path, identity) {
      const entry = held.get(path);
      return entry?.identity === identity ? entry.document : undefined;
    },
    keep(path, identity, document) {
      held.delete(path); // the most recently written last
      held.set(path, { identity, document: sealed(document) });
      if (held.size > CAPACITY) held.delete(held.keys().next().value as string);
    },
  };
}

/** The file's identity (see above), or undefined when there is no file. */
export async function fileIdentity(path: string): Promise<string | undefined> {
  try {
    const { dev, ino, size, mtimeNs, ctimeNs } = await stat(path, { bigint: true });
    return `${dev}:${ino}:${size}:${mtimeNs}:${ctimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Values known to be deep-frozen: checked once, then reused as they are. */
const frozen = new WeakSet<object>();

/**
 * `value` itself when nothing in it can change (the lifecycle's assessments are deep-frozen, and kept as
 * they are), else a deep-frozen copy of what can: the caller's objects are never frozen under it.
 */
export function sealed<T>(value: T): T {
  if (typeof value !== 'object' || value === null || frozen.has(value)) return value;
  const entries = Object.entries(value);
  const children = entries.map(([, child]) => sealed(child));
  const unchanged = Object.isFrozen(value) && children.every((child, k) => child === entries[k]?.[1]);
  let result: object = value;
  if (!unchanged) {
    const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
    entries.forEach(([key], k) => {
      (copy as Record<string, unknown>)[key] = children[k];
    });
    result = Object.freeze(copy);
  }
  frozen.add(result);
  return result as T;
}
