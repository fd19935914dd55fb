import { type FileHandle, open, readdir } from 'node:fs/promises';
import type { PersistedSnapshot } from '@eqia/core';
import { writeFileDurably } from './durable-write.js';
import { type AssessmentDocument, isRecord } from './formats.js';
import { idFromFileName, type StoreLayout } from './layout.js';
import type { HeldLock } from './store-lock.js';

/*
 * The snapshot cache, `snapshots.jsonl`: every save appends one line `{"id","version","snapshot"}` (the
 * assessment's current content, compact, without its log), so a report or a whole-store check reads one
 * file of about a quarter of the assessment files' size instead of ten thousand files with their logs.
 * It is only a cache: the assessment files stay the record. A line is used only when its version is the
 * one the index gives; anything else (no line yet, a save interrupted before its line, a damaged or torn
 * line) sends the reader to the assessment file. Like the index journal, the last line per id wins and
 * the file is rewritten with one line per assessment once it passes twice its size at the last rewrite
 * (recorded in its first line, `{"compactedBytes":N}`).
 */

/** Below this the cache is never compacted: small stores would compact constantly. */
const COMPACT_AFTER_BYTES = 1024 * 1024;
const HEADER_READ_BYTES = 256;
const PART_LENGTH = 4 * 1024 * 1024;

export interface CachedSnapshot {
  version: number;
  snapshot: PersistedSnapshot;
}

/** Every usable line, last per id; an absent cache is empty. Never throws on damage: see above. */
export async function readSnapshotCache(layout: StoreLayout): Promise<Map<string, CachedSnapshot>> {
  const cached = new Map<string, CachedSnapshot>();
  const bytes = await readWhole(layout.snapshots);
  if (!bytes) return cached;
  let start = bytes.indexOf(0x0a) + 1; // past the header
  while (start > 0 && start < bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    if (end === -1) break; // a torn last line: its save is not complete
    const entry = parseLine(bytes.toString('utf8', start, end));
    if (entry) cached.set(entry.id, { version: entry.version, snapshot: entry.snapshot });
    start = end + 1;
  }
  return cached;
}

/** Add one save's snapshot (holding the lock); returns whether the cache is now due for compaction. */
export async function appendSnapshot(
  layout: StoreLayout,
  entry: { id: string; version: number; snapshot: PersistedSnapshot },
  lock: HeldLock,
): Promise<boolean> {
  lock.assertHeld();
  const file = await open(layout.snapshots, 'a+');
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(size, HEADER_READ_BYTES));
    await file.read(head, 0, head.length, 0);
    const last = size > 0 ? (await file.read(Buffer.alloc(1), 0, 1, size - 1)).buffer[0] : 0x0a;
    // A new cache starts with its header; a torn last line (a writer killed mid-line) is ended first.
    const prefix = size === 0 ? `${JSON.stringify({ compactedBytes: 0 })}\n` : last === 0x0a ? '' : '\n';
    const line = `${prefix}${JSON.stringify(entry)}\n`;
    // No fsync: a line lost in a power cut only sends readers to the assessment file.
    await file.writeFile(line, 'utf8');
    const compactedBytes = headerBytes(head);
    const grown = size + Buffer.byteLength(line);
    return grown > COMPACT_AFTER_BYTES && (compactedBytes === undefined || grown > 2 * compactedBytes);
  } finally {
    await file.close();
  }
}

/** Rewrite the cache whole from these entries, atomically (temp file, fsync, rename). */
export async function writeSnapshotCache(
  layout: StoreLayout,
  entries: Iterable<[string, CachedSnapshot]>,
  lock: HeldLock,
): Promise<void> {
  // Written in parts of a few megabytes: the whole cache may not fit in one string.
  const parts: string[] = [];
  let part = '';
  let bytes = 0;
  for (const [id, { version, snapshot }] of entries) {
    const line = `${JSON.stringify({ id, version, snapshot })}\n`;
    bytes += Buffer.byteLength(line);
    part += line;
    if (part.length > PART_LENGTH) {
      parts.push(part);
      part = '';
    }
  }
  parts.push(part);
  parts.unshift(`${JSON.stringify({ compactedBytes: bytes })}\n`);
  await writeFileDurably(layout.snapshots, parts, lock.assertHeld);
}

/** Write the cache from the assessment files (init of a store that has none, e.g. one made before it). */
export async function rebuildSnapshotCache(
  layout: StoreLayout,
  lock: HeldLock,
  readAssessment: (id: string) => Promise<AssessmentDocument | undefined>,
): Promise<void> {
  const entries: [string, CachedSnapshot][] = [];
  for (const name of await readdir(layout.assessments)) {
    const id = idFromFileName(name, '.json');
    const stored = id === undefined ? undefined : await readAssessment(id);
    if (stored) entries.push([stored.id, { version: stored.summary.version, snapshot: stored.snapshot }]);
  }
  await writeSnapshotCache(layout, entries, lock);
}

/** Keep only each assessment's last line. */
export async function compactSnapshotCache(layout: StoreLayout, lock: HeldLock): Promise<void> {
  await writeSnapshotCache(layout, await readSnapshotCache(layout), lock);
}

/**
 * The file's bytes, or undefined when there is none. A Buffer, not a string: at tens of thousands of
 * assessments the file outgrows V8's longest string. Read in as few calls as the system allows: readFile's
 * small chunks cost about a second at 10,000 assessments.
 */
async function readWhole(path: string): Promise<Buffer | undefined> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { size } = await file.stat();
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await file.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break; // cannot happen (the file only grows, and is replaced by rename), but never spin
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } finally {
    await file.close();
  }
}

function headerBytes(head: Buffer): number | undefined {
  const newline = head.indexOf(0x0a);
  if (newline === -1) return undefined;
  const header = parseJson(head.toString('utf8', 0, newline));
  return isRecord(header) && Number.isInteger(header.compactedBytes)
    ? (header.compactedBytes as number)
    : undefined;
}

function parseLine(line: string): ({ id: string } & CachedSnapshot) | undefined {
  const entry = parseJson(line);
  if (!isRecord(entry) || typeof entry.id !== 'string' || !Number.isInteger(entry.version)) return undefined;
  if (!isRecord(entry.snapshot) || !isRecord(entry.snapshot.assessment) || !isRecord(entry.snapshot.status))
    return undefined;
  return entry as unknown as { id: string } & CachedSnapshot;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
