// The words of the audit log's summaries (`client.history`), in English: the shape every language
// follows (a summary missing in Welsh does not compile). Each is the rest of a sentence after the name
// of who did it; labels of values, sections and stages come worded already.

import {
  type Assessment,
  type Frozen,
  inSentence,
  type OutsideSignOff,
  type Profile,
  signedOffOutsideInWords,
  type Wording,
} from '@eqia/core';

export const englishHistory = {
  /** Where the assessment is after the entry, when it moved. */
  now: ({ where }: { where: string }) => `; it is now ${where}`,
  inReviewAt: ({ stage }: { stage: string }) => `in review at the ${stage} stage`,
  created: ({ title, revision }: { title: string; revision: number }) =>
    `created “${title}” (revision ${revision})`,
  imported: ({ title, source }: { title: string; source: string }) => `imported “${title}” from ${source}`,
  /** The source of a record read from standard input (recorded as `-`), in `imported`. */
  standardInput: 'standard input',
  /** An imported record signed off outside eqia, after `imported`'s words. */
  signedOffOutside: (outside: OutsideSignOff) => `, ${inSentence(signedOffOutsideInWords(outside))}`,
  edit: ({ section, count }: { section: string; count: number }) =>
    `changed ${section} (${count} change${count === 1 ? '' : 's'})`,
  screen: ({ decision }: { decision: string }) => `decided at screening: ${decision}`,
  submit: 'submitted it for review',
  withdrawSubmission: 'took it back from review',
  approve: ({ stage }: { stage: string }) => `approved the ${stage} stage`,
  requestChanges: ({ stage, comment }: { stage: string; comment: string }) =>
    `requested changes at the ${stage} stage: “${comment}”`,
  verdict: ({ section, verdict }: { section: string; verdict: string }) => `judged ${section}: ${verdict}`,
  comment: ({ section }: { section: string }) => `commented on ${section}`,
  updateAction: ({ action, status }: { action: string; status: string }) =>
    `marked action ${action} ${status}`,
  startRevision: ({ revision }: { revision: string }) => `started revision ${revision}`,
  supersede: ({ by }: { by: string }) => `marked it superseded by ${by}`,
  reaffirm: ({ next }: { next: string }) => `reaffirmed it; next review ${next}`,
  publish: ({ location }: { location: string }) => `published it at ${location}`,
  resolveComment: ({ comment }: { comment: string }) => `resolved comment ${comment}`,
  withdraw: ({ reason }: { reason: string }) => `withdrew it: “${reason}”`,
  addMonitoringNote: 'added a monitoring note',
  /** An entry appended since the version a caller acted on, as a conflict tells it; ids as typed. */
  change: ({ by, type, section, at, seq }: LoggedChangeWords) =>
    `${by} recorded ${type}${section ? ` on ${section}` : ''} at ${at} (version ${seq})`,
};

type LoggedChangeWords = { by: string; type: string; section?: string; at: string; seq: number };

/** The audit log's summaries in one language. */
export type HistoryWords = typeof englishHistory;

/** The words of one language for the log: its summaries and the labels of values. */
export interface HistoryLanguage {
  words: HistoryWords;
  label: Wording['label'];
  /**
   * A stage of the assessment's approval chain by name: in English as recorded; in Welsh, the profile's
   * Welsh for it where written, as a Welsh report names it, else the English.
   */
  stageName(profile: Frozen<Profile>, stage: { id: string; label: string }): string;
  /**
   * The title of an assessment as created or imported: in English as recorded; in Welsh, its Welsh where
   * written for that English (as `list` and `show` name it), else the English.
   */
  title(assessment: Frozen<Assessment>): string;
}
