import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { type FileHandle, open, readdir } from 'node:fs/promises';
import { writeFileDurably, writeWhole } from './durable-write.js';
import { type AssessmentDocument, isRecord } from './formats.js';
import { idFromFileName, type StoreLayout } from './layout.js';
import type { HeldLock } from './store-lock.js';

/*
 * A line cache: a file to which every save appends one compact line `{"id","version",<field>}` holding
 * something a whole-store read needs of the assessment (its snapshot: snapshot-cache.ts; its digest:
 * digest-cache.ts), so that such a read opens one file instead of ten thousand with their logs.
 * It is only a cache: the assessment files stay the record. A line is used only when its version is the
 * one the index gives; anything else (no line yet, a save interrupted before its line, a damaged or torn
 * line) sends the reader to the assessment file. Like the index journal, the last line per id wins and
 * the file is rewritten with one line per assessment once it passes twice its size at the last rewrite
 * (recorded in its first line, `{"compactedBytes":N}`).
 */

/** Below this a cache is never compacted: small stores would compact constantly. */
const COMPACT_AFTER_BYTES = 1024 * 1024;
const HEADER_READ_BYTES = 256;
const PART_LENGTH = 4 * 1024 * 1024;

export interface CachedLine<T> {
  version: number;
  value: T;
}

export interface LineCacheKind<T> {
  /** The cache's file in the store. */
  path(layout: StoreLayout): string;
  /** The name of the value's field in each line: `snapshot`, `digest`. */
  field: string;
  /** Whether a parsed value has the shape the cache writes (a damaged line is skipped, not trusted). */
  accepts(value: unknown): value is T;
}

export interface LineCache<T> {
  /** Every usable line, last per id; an absent cache is empty. Never throws on damage: see above. */
  read(layout: StoreLayout): Promise<Map<string, CachedLine<T>>>;
  /**
   * One save's line, from the value's JSON: made before the save's commit (while its first fsyncs run),
   * written after it. The JSON is passed in so that a caller who has it already need not make it again.
   */
  line(id: string, version: number, valueJson: string): string;
  /** Add one save's line (holding the lock); returns whether the cache is now due for compaction. */
  append(layout: StoreLayout, line: string, lock: HeldLock): Promise<boolean>;
  /** Rewrite the cache whole from these entries, atomically (temp file, fsync, rename). */
  write(layout: StoreLayout, entries: Iterable<[string, CachedLine<T>]>, lock: HeldLock): Promise<void>;
  /** Keep only each assessment's last line. */
  compact(layout: StoreLayout, lock: HeldLock): Promise<void>;
  /** Write the cache from the assessment files (init of a store that has none, e.g. one made before it). */
  rebuild(
    layout: StoreLayout,
    lock: HeldLock,
    readAssessment: (id: string) => Promise<AssessmentDocument | undefined>,
    valueFrom: (stored: AssessmentDocument) => T,
  ): Promise<void>;
}

export function lineCache<T>(kind: LineCacheKind<T>): LineCache<T> {
  // Exactly `JSON.stringify({ id, version, [field]: value })` and a newline.
  const line = (id: string, version: number, valueJson: string) =>
    `{"id":${JSON.stringify(id)},"version":${version},${JSON.stringify(kind.field)}:${valueJson}}\n`;

  const parseLine = (text: string): ({ id: string } & CachedLine<T>) | undefined => {
    const entry = parseJson(text);
    if (!isRecord(entry) || typeof entry.id !== 'string' || !Number.isInteger(entry.version))
      return undefined;
    const value = entry[kind.field];
    return kind.accepts(value) ? { id: entry.id, version: entry.version as number, value } : undefined;
  };

  const cache: LineCache<T> = {
    async read(layout) {
      const cached = new Map<string, CachedLine<T>>();
      const bytes = await readWhole(kind.path(layout));
      if (!bytes) return cached;
      let start = bytes.indexOf(0x0a) + 1; // past the header
      while (start > 0 && start < bytes.length) {
        const end = bytes.indexOf(0x0a, start);
        if (end === -1) break; // a torn last line: its save is not complete
        const entry = parseLine(bytes.toString('utf8', start, end));
        if (entry) cached.set(entry.id, { version: entry.version, value: entry.value });
        start = end + 1;
      }
      return cached;
    },

    line,

    async append(layout, entryLine, lock) {
      lock.assertHeld();
      const file = openSync(kind.path(layout), 'a+');
      try {
        const { size } = fstatSync(file);
        const head = Buffer.alloc(Math.min(size, HEADER_READ_BYTES));
        readSync(file, head, 0, head.length, 0);
        const last = Buffer.from([0x0a]);
        if (size > 0) readSync(file, last, 0, 1, size - 1);
        // A new cache starts with its header; a torn last line (a writer killed mid-line) is ended first.
        const prefix =
          size === 0 ? `${JSON.stringify({ compactedBytes: 0 })}\n` : last[0] === 0x0a ? '' : '\n';
        const text = `${prefix}${entryLine}`;
        // No fsync: a line lost in a power cut only sends readers to the assessment file.
        writeWhole(file, text);
        const compactedBytes = headerBytes(head);
        const grown = size + Buffer.byteLength(text);
        return grown > COMPACT_AFTER_BYTES && (compactedBytes === undefined || grown > 2 * compactedBytes);
      } finally {
        closeSync(file);
      }
    },

    async write(layout, entries, lock) {
      // Written in parts of a few megabytes: the whole cache may not fit in one string.
      const parts: string[] = [];
      let part = '';
      let bytes = 0;
      for (const [id, { version, value }] of entries) {
        const text = line(id, version, JSON.stringify(value));
        bytes += Buffer.byteLength(text);
        part += text;
        if (part.length > PART_LENGTH) {
          parts.push(part);
          part = '';
        }
      }
      parts.push(part);
      parts.unshift(`${JSON.stringify({ compactedBytes: bytes })}\n`);
      await writeFileDurably(kind.path(layout), parts, lock.assertHeld);
    },

    async compact(layout, lock) {
      await cache.write(layout, await cache.read(layout), lock);
    },

    async rebuild(layout, lock, readAssessment, valueFrom) {
      const entries: [string, CachedLine<T>][] = [];
      await forEachAssessment(layout, readAssessment, (stored) => {
        entries.push([stored.id, { version: stored.summary.version, value: valueFrom(stored) }]);
      });
      await cache.write(layout, entries, lock);
    },
  };
  return cache;
}

/** Visit every assessment file the store holds, one at a time (rebuilding a cache from the record). */
export async function forEachAssessment(
  layout: StoreLayout,
  readAssessment: (id: string) => Promise<AssessmentDocument | undefined>,
  visit: (stored: AssessmentDocument) => void,
): Promise<void> {
  for (const name of await readdir(layout.assessments)) {
    const id = idFromFileName(name, '.json');
    const stored = id === undefined ? undefined : await readAssessment(id);
    if (stored) visit(stored);
  }
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

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
