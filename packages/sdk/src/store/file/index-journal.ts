import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type AssessmentSummary, StoreCorruptError } from '@eqia/core/light';
import { newerFormat } from './document-file.js';
import { syncToDisk, writeFileDurably, writeWhole } from './durable-write.js';
import { indexFormat, isRecord } from './formats.js';
import type { StoreLayout } from './layout.js';
import { pendingIds } from './pending-markers.js';
import type { HeldLock } from './store-lock.js';

/*
 * The index journal, `index.jsonl`: a header line `{"formatVersion":2,"compactedBytes":N}`, then one
 * summary per line, appended (and fsynced) on every save; the last line for an id wins. A save therefore
 * costs one short append however many assessments the store holds, where rewriting one index of every
 * summary cost a multi-megabyte write at ten thousand. Once the summary lines pass twice their size at
 * the last compaction, the journal is rewritten with one line per assessment (atomically, like every
 * other file), so it stays within about twice the live summaries and the rewrite is paid once per that
 * many saves. A writer killed mid-line leaves a torn last line: readers ignore it while a pending marker
 * says a save was in flight, and recovery rewrites the journal from the assessment files.
 */

/** Summary bytes below which the journal is never compacted: small stores would compact constantly. */
const COMPACT_AFTER_BYTES = 64 * 1024;
/** Enough to hold the header line. */
const HEADER_READ_BYTES = 4096;

export interface JournalHeader {
  formatVersion: number;
  /** Bytes of summary lines when the journal was last written whole. */
  compactedBytes: number;
}

export interface Journal {
  header: JournalHeader;
  /** By id, in the order first saved. */
  summaries: Map<string, AssessmentSummary>;
  /** Text after the last newline: a line whose writer was killed or is still writing ('' when none). */
  torn: string;
}

/** Every summary, for a reader without the lock (a writer may be appending meanwhile). */
export async function readSummaries(layout: StoreLayout): Promise<Map<string, AssessmentSummary>> {
  let previous: string | undefined;
  for (;;) {
    const text = await readJournalText(layout.journal);
    const journal = parseJournal(layout.journal, text);
    // A torn line always has a marker beside it, from the writer still at it or from one that died.
    if (journal.torn === '' || pendingIds(layout).length > 0) return journal.summaries;
    // No marker: either that writer finished just now (the file has changed since), or the file is damaged.
    if (text === previous) throw tornWithoutWriter(layout.journal);
    previous = text;
  }
}

/** The whole journal, holding the lock; the caller decides what a torn line means. */
export async function readJournal(layout: StoreLayout): Promise<Journal> {
  return parseJournal(layout.journal, await readJournalText(layout.journal));
}

export interface JournalTail {
  header: JournalHeader;
  /** Bytes of summary lines now. */
  summaryBytes: number;
}

/**
 * Before a save, holding the lock (and after recovery): read only the journal's header and its last byte,
 * so a save costs the same at any size. A damaged header or torn end fails the save before it writes.
 */
export function checkJournal(layout: StoreLayout): JournalTail {
  const file = openJournal(layout.journal);
  try {
    const { size } = fstatSync(file);
    const start = Buffer.alloc(Math.min(size, HEADER_READ_BYTES));
    const head = start.subarray(0, readSync(file, start, 0, start.length, 0));
    const newline = head.indexOf(0x0a);
    if (newline === -1)
      throw journalCorrupt(layout.journal, size === 0 ? 'it is empty' : 'its header is incomplete');
    const header = parseHeader(layout.journal, head.subarray(0, newline).toString('utf8'));
    const last = Buffer.alloc(1);
    readSync(file, last, 0, 1, size - 1);
    if (last[0] !== 0x0a) throw tornWithoutWriter(layout.journal);
    return { header, summaryBytes: size - newline - 1 };
  } finally {
    closeSync(file);
  }
}

/** A save's line in the journal. */
export const summaryLine = (summary: AssessmentSummary): string => `${JSON.stringify(summary)}\n`;

/** Add one save's summary line (summaryLine), durably: a single append, then fsync. */
export async function appendSummary(layout: StoreLayout, line: string, lock: HeldLock): Promise<number> {
  lock.assertHeld();
  const file = openSync(layout.journal, 'a');
  try {
    writeWhole(file, line);
    await syncToDisk(file);
  } finally {
    closeSync(file);
  }
  return Buffer.byteLength(line);
}

/** Whether the journal has grown enough past its last compaction to be rewritten (see above). */
export function needsCompaction(tail: JournalTail): boolean {
  return tail.summaryBytes > COMPACT_AFTER_BYTES && tail.summaryBytes > 2 * tail.header.compactedBytes;
}

/** Rewrite the journal whole, one line per assessment, atomically (temp file, fsync, rename). */
export async function writeJournal(
  layout: StoreLayout,
  summaries: Iterable<AssessmentSummary>,
  lock: HeldLock,
): Promise<void> {
  let body = '';
  for (const summary of summaries) body += `${JSON.stringify(summary)}\n`;
  const header: JournalHeader = {
    formatVersion: indexFormat.version,
    compactedBytes: Buffer.byteLength(body),
  };
  await writeFileDurably(layout.journal, `${JSON.stringify(header)}\n${body}`, lock.assertHeld);
}

/** Fold the journal to its live summaries; a torn last line (from a writer already recovered) is dropped. */
export async function compactJournal(layout: StoreLayout, lock: HeldLock): Promise<void> {
  await writeJournal(layout, (await readJournal(layout)).summaries.values(), lock);
}

function parseJournal(path: string, text: string): Journal {
  const end = text.lastIndexOf('\n');
  const torn = text.slice(end + 1);
  if (end === -1) throw journalCorrupt(path, text.trim() === '' ? 'it is empty' : 'its header is incomplete');
  const lines = text.slice(0, end).split('\n');
  const header = parseHeader(path, lines[0] as string);
  const summaries = new Map<string, AssessmentSummary>();
  for (let line = 1; line < lines.length; line++) {
    const summary = parseSummary(lines[line] as string);
    if (!summary) throw journalCorrupt(path, `line ${line + 1} is not an assessment summary`);
    summaries.set(summary.id, summary);
  }
  return { header, summaries, torn };
}

function parseHeader(path: string, line: string): JournalHeader {
  const header = parseJson(line);
  if (!isRecord(header)) throw journalCorrupt(path, 'its first line is not a header object');
  const { formatVersion, compactedBytes } = header;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion))
    throw journalCorrupt(path, '`formatVersion` in its header is not a whole number');
  if (formatVersion > indexFormat.version) throw newerFormat(path, formatVersion, indexFormat.version);
  // Journals began with index format 2: an older number was never written by eqia.
  if (formatVersion < indexFormat.version)
    throw journalCorrupt(path, `its header names format ${formatVersion}, but journals begin at format 2`);
  if (typeof compactedBytes !== 'number' || !Number.isInteger(compactedBytes) || compactedBytes < 0)
    throw journalCorrupt(path, '`compactedBytes` in its header is not a whole number of bytes');
  return { formatVersion, compactedBytes };
}

function parseSummary(line: string): AssessmentSummary | undefined {
  const summary = parseJson(line);
  if (!isRecord(summary) || typeof summary.id !== 'string' || !Number.isInteger(summary.version))
    return undefined;
  return summary as unknown as AssessmentSummary;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function readJournalText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw journalCorrupt(path, 'it is missing');
    throw error;
  }
}

function openJournal(path: string): number {
  try {
    return openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw journalCorrupt(path, 'it is missing');
    throw error;
  }
}

const tornWithoutWriter = (path: string) =>
  journalCorrupt(path, 'its last line is incomplete, and no save was in flight to explain it');

export function journalCorrupt(path: string, reason: string): StoreCorruptError {
  return new StoreCorruptError(
    `The store's index journal ${path} cannot be read: ${reason}. It has been left untouched. The assessment files are the record and are not affected: to rebuild the index from them, move index.json and index.jsonl aside and run \`eqia init\` (see "Store" in docs/sdk.md).`,
    path,
  );
}
