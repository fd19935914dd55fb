import type { AssessmentSummary, PersistedSnapshot, Profile, RecordedEvent } from '@eqia/core';

/**
 * The on-disk documents of the file store and how older formats become the current one. Every file
 * carries `formatVersion`; format 0 (the first layout, before versions were written) had none. Each kind
 * of file has its own current version, so changing one format rewrites only files of that kind. To
 * change a format: bump its `version`, add a step from the previous version to its `upgrades`, and
 * describe it in docs/sdk.md.
 */

/** The name of the index journal (see index-journal.ts), beside index.json. */
export const JOURNAL_NAME = 'index.jsonl';

/**
 * `index.json`: since format 2 only a marker that the store exists and which format its index is in; the
 * summaries live in the journal it names. Format 1 held every summary here, and was rewritten whole on
 * every save.
 */
export interface IndexDocument {
  formatVersion: number;
  journal: string;
  /** Only in memory, while an older index is upgraded: its summaries, to be moved into the journal. */
  assessments?: Record<string, AssessmentSummary>;
}

export interface ProfileDocument {
  formatVersion: number;
  profile: Profile;
}

/** One assessment: the source of truth. The index entry is a copy of `summary`. */
export interface AssessmentDocument {
  formatVersion: number;
  id: string;
  summary: AssessmentSummary;
  snapshot: PersistedSnapshot;
  events: RecordedEvent[];
}

export interface DocumentFormat<T> {
  /** For messages: `index`, `profile`, `assessment`. */
  name: string;
  /** The current format of this kind of file. */
  version: number;
  /** `upgrades[n]` turns a format-n document into format n+1; it may assume nothing about the input. */
  upgrades: Record<number, (document: Record<string, unknown>) => Record<string, unknown>>;
  /** Why a document in the current format is malformed, or undefined when it is sound. */
  problem(document: Record<string, unknown>): string | undefined;
  /**
   * Written as compact JSON rather than pretty-printed. Readers take either (both are plain JSON), so
   * this is no change of format. For files rewritten on every save, where indentation costs time.
   */
  compact?: boolean;
  /** Only so the type follows the format; never read. */
  readonly type?: T;
}

export const indexFormat: DocumentFormat<IndexDocument> = {
  name: 'index',
  version: 2,
  upgrades: {
    0: (document) => ({ formatVersion: 1, assessments: document.assessments }),
    1: (document) => ({ formatVersion: 2, journal: JOURNAL_NAME, assessments: document.assessments }),
  },
  problem(document) {
    if (document.journal !== JOURNAL_NAME) return `\`journal\` is not "${JOURNAL_NAME}"`;
    if (!('assessments' in document)) return undefined;
    if (!isRecord(document.assessments)) return '`assessments` is not an object of summaries';
    for (const [id, summary] of Object.entries(document.assessments)) {
      if (!isRecord(summary) || summary.id !== id || !Number.isInteger(summary.version))
        return `the summary of ${id} is malformed`;
    }
    return undefined;
  },
};

export const profileFormat: DocumentFormat<ProfileDocument> = {
  name: 'profile',
  version: 1,
  // Format 0 was the bare profile, as people write it by hand.
  upgrades: { 0: (document) => ({ formatVersion: 1, profile: document }) },
  problem: (document) => (isRecord(document.profile) ? undefined : '`profile` is not an object'),
};

export const assessmentFormat: DocumentFormat<AssessmentDocument> = {
  name: 'assessment',
  version: 1,
  // Read and rewritten whole by every save: indentation made it 1.6 times the size, and Node decodes a
  // pretty-printed file with any non-ASCII character more than ten times slower (see docs/performance.md).
  compact: true,
  // Format 0 had no id of its own: it was only in the summary.
  upgrades: {
    0: ({ summary, snapshot, events }) => ({
      formatVersion: 1,
      id: isRecord(summary) ? summary.id : undefined,
      summary,
      snapshot,
      events,
    }),
  },
  problem({ id, summary, snapshot, events }) {
    if (typeof id !== 'string') return '`id` is missing';
    if (!isRecord(summary) || summary.id !== id) return '`summary` is missing or names another assessment';
    if (!isRecord(snapshot)) return '`snapshot` is missing';
    if (!Array.isArray(events)) return '`events` is not a list';
    const misplaced = events.findIndex((event, index) => !isRecord(event) || event.seq !== index + 1);
    if (misplaced >= 0) return `event ${misplaced + 1} is malformed or out of order`;
    if (summary.version !== events.length)
      return `the summary says version ${String(summary.version)} but there are ${events.length} events`;
    return undefined;
  },
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
