import { statSync } from 'node:fs';
import type { AssessmentText } from './assessment-text.js';

/*
 * The assessment files a file store last wrote, each with its text and the file's identity just after:
 * device, inode, size and modification and change times to the nanosecond. With the identity unchanged
 * the file has been neither replaced (every write renames a new file over it: a new inode and change
 * time) nor edited in place (new times), so the text held is its content: a save, which must read the
 * assessment holding the lock to compare versions, and the client's read before it, need not read the
 * file, and the save adds to the log's JSON without parsing or stringifying it again (assessment-text.ts).
 * Anything else (a save by another process or store object, an upgrade, an edit by hand) misses, and the
 * file is read.
 */

/** A few documents are enough: a session edits a handful of assessments. */
const CAPACITY = 16;

export interface AssessmentCache {
  /** What was written to this file if its identity is still the one recorded. */
  get(path: string, identity: string): HeldAssessment | undefined;
  /** Keep what was just written to the file, with its identity after the write. */
  keep(path: string, identity: string, held: HeldAssessment): void;
}

export interface HeldAssessment extends AssessmentText {
  /** The number of events in the log. */
  version: number;
}

export function createAssessmentCache(): AssessmentCache {
  const held = new Map<string, { identity: string; held: HeldAssessment }>();
  return {
    get(path, identity) {
      const entry = held.get(path);
      return entry?.identity === identity ? entry.held : undefined;
    },
    keep(path, identity, written) {
      held.delete(path); // the most recently written last
      held.set(path, { identity, held: written });
      if (held.size > CAPACITY) held.delete(held.keys().next().value as string);
    },
  };
}

/** The file's identity (see above), or undefined when there is no file. */
export function fileIdentity(path: string): string | undefined {
  const found = statSync(path, { bigint: true, throwIfNoEntry: false });
  return found && `${found.dev}:${found.ino}:${found.size}:${found.mtimeNs}:${found.ctimeNs}`;
}
