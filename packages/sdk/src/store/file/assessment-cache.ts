import { stat } from 'node:fs/promises';
import type { AssessmentDocument } from './formats.js';

/*
 * The assessment files a file store last wrote, each with its text and the file's identity just after:
 * device, inode, size and modification and change times to the nanosecond. With the identity unchanged
 * the file has been neither replaced (every write renames a new file over it: a new inode and change
 * time) nor edited in place (new times), so the text held is its content: a save, which must read the
 * assessment holding the lock to compare versions, and the client's read before it, need not read the
 * file. Anything else — a save by another process or store object, an upgrade, an edit by hand — misses,
 * and the file is read.
 */

/** A few documents are enough: a session edits a handful of assessments. */
const CAPACITY = 16;

export interface AssessmentCache {
  /** The file's text and its document if its identity is still the one recorded. */
  get(path: string, identity: string): HeldAssessment | undefined;
  /** Keep the text just written to the file (with its identity after the write). */
  keep(path: string, identity: string, text: string): void;
}

export interface HeldAssessment {
  /** Exactly what the file holds: parsing it again gives what reading the file would. */
  text: string;
  /** That text parsed, once: the store's own, never handed out (reads get a new parse). */
  document: AssessmentDocument;
}

export function createAssessmentCache(): AssessmentCache {
  const held = new Map<string, { identity: string } & HeldAssessment>();
  return {
    get(path, identity) {
      const entry = held.get(path);
      return entry?.identity === identity ? entry : undefined;
    },
    keep(path, identity, text) {
      held.delete(path); // the most recently written last
      held.set(path, { identity, text, document: JSON.parse(text) as AssessmentDocument });
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
