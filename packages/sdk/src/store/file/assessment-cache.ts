import { stat } from 'node:fs/promises';
import type { RecordedEvent } from '@eqia/core';
import type { AppendRequest } from '../port.js';
import { type AssessmentDocument, assessmentFormat } from './formats.js';

/*
 * The assessment documents a file store last wrote, each with its file's identity just after: device,
 * inode, size and modification and change times to the nanosecond. A save must read the assessment
 * holding the lock to compare versions; with the identity unchanged the file has been neither replaced
 * (every write renames a new file over it: a new inode and change time) nor edited in place (new times),
 * so the document held is its content, and the file need not be read and parsed again. Anything else — a
 * save by another process or store object, an upgrade, an edit by hand — misses, and the file is read.
 * Kept documents are the store's own copies, only used inside it: reads still return fresh ones.
 */

/** A few documents are enough: a session edits a handful of assessments. */
const CAPACITY = 16;

export interface AssessmentCache {
  /** The document held for this file if its identity is still the one recorded. */
  get(path: string, identity: string): AssessmentDocument | undefined;
  /**
   * Keep the document just written to the file: `previous` is the document it was built on (the store's
   * own), `request` what the caller appended, which the caller may still change and is therefore copied.
   */
  keep(path: string, identity: string, previous: RecordedEvent[], request: AppendRequest): void;
}

export function createAssessmentCache(): AssessmentCache {
  const held = new Map<string, { identity: string; document: AssessmentDocument }>();
  return {
    get(path, identity) {
      const entry = held.get(path);
      return entry?.identity === identity ? entry.document : undefined;
    },
    keep(path, identity, previous, { id, summary, snapshot, events }) {
      // Plain copies, not frozen ones: JSON.stringify of frozen objects is markedly slower in V8.
      const document: AssessmentDocument = {
        formatVersion: assessmentFormat.version,
        id,
        ...structuredClone({ summary, snapshot }),
        events: [...previous, ...structuredClone(events)],
      };
      held.delete(path); // the most recently written last
      held.set(path, { identity, document });
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
