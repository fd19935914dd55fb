import type { RecordedEvent } from '../log/types.js';

/**
 * A published copy's anchor outside the store: which assessment, how many log entries it was made from
 * and the hash of the last of them. Whoever keeps a published copy keeps this with it, so a log later
 * cut short or rewritten (even rehashed throughout) no longer matches it.
 */
export interface LogReference {
  assessment: string;
  version: number;
  head: string;
}

export function logReference(assessment: string, log: readonly RecordedEvent[]): LogReference {
  return { assessment, version: log.length, head: log.at(-1)?.hash ?? '' };
}

/** The reference as one token, found again in any copy: HTML, Markdown, a Word document, a PDF's text. */
export function formatReference({ assessment, version, head }: LogReference): string {
  return `eqia-verify:${assessment}:${version}:${head}`;
}

const token = /eqia-verify:([A-Za-z0-9][A-Za-z0-9._-]*):(\d+):([0-9a-f]{64})/;

/** The reference a document carries, if it carries one. */
export function findReference(text: string): LogReference | undefined {
  const found = token.exec(text);
  if (!found) return undefined;
  const [, assessment = '', version = '0', head = ''] = found;
  return { assessment, version: Number(version), head };
}

export type ReferenceCheck =
  /** The log still holds the entry the copy was made from; `since` are the entries added after it. */
  | { status: 'matches'; since: readonly RecordedEvent[] }
  /** The log is shorter than when the copy was made: entries were removed from its end. */
  | { status: 'truncated'; missing: number }
  /** The log's entry at that position is not the one the copy was made from: history was rewritten. */
  | { status: 'rewritten' };

/** Compares a published copy's reference with the log as it is now. */
export function checkReference(reference: LogReference, log: readonly RecordedEvent[]): ReferenceCheck {
  if (log.length < reference.version) return { status: 'truncated', missing: reference.version - log.length };
  if (log[reference.version - 1]?.hash !== reference.head) return { status: 'rewritten' };
  return { status: 'matches', since: log.slice(reference.version) };
}
