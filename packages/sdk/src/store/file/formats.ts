import type { AssessmentSummary, PersistedSnapshot, Profile, RecordedEvent } from '@eqia/core';

/**
 * The on-disk documents of the file store and how older formats become the current one. Every file
 * carries `formatVersion`; format 0 (the first layout, before versions were written) had none. To change
 * a format: bump FORMAT_VERSION, add a step from the previous version to each format's `upgrades`, and
 * describe it in docs/sdk.md.
 */
export const FORMAT_VERSION = 1;

export interface IndexDocument {
  formatVersion: number;
  /** Every assessment's summary, by id: what `list` returns without opening each file. */
  assessments: Record<string, AssessmentSummary>;
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
  /** `upgrades[n]` turns a format-n document into format n+1; it may assume nothing about the input. */
  upgrades: Record<number, (document: Record<string, unknown>) => Record<string, unknown>>;
  /** Why a document in the current format is malformed, or undefined when it is sound. */
  problem(document: Record<string, unknown>): string | undefined;
  /** Only so the type follows the format; never read. */
  readonly type?: T;
}

export const indexFormat: DocumentFormat<IndexDocument> = {
  name: 'index',
  upgrades: { 0: (document) => ({ formatVersion: 1, assessments: document.assessments }) },
  problem(document) {
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
  // Format 0 was the bare profile, as people write it by hand.
  upgrades: { 0: (document) => ({ formatVersion: 1, profile: document }) },
  problem: (document) => (isRecord(document.profile) ? undefined : '`profile` is not an object'),
};

export const assessmentFormat: DocumentFormat<AssessmentDocument> = {
  name: 'assessment',
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
