import { readFile } from 'node:fs/promises';
import { StoreCorruptError } from '@eqia/core/light';
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durable-write.js';

/**
 * lowdb's adapter for one JSON file of the store, replacing lowdb's own: writes are durable (see
 * writeFileDurably) and a file that is empty, truncated or not JSON is a StoreCorruptError naming it —
 * never mistaken for a missing file and never overwritten. Reads give a raw JSON object; what it must
 * hold is the document format's concern.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly beforeCommit?: () => void,
    /** Write without indentation (see DocumentFormat.compact); reading takes either. */
    private readonly compact = false,
  ) {}

  /** The parsed JSON, or null when the file does not exist. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if (text.trim() === '') throw corruptFile(this.path, 'it is empty');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw corruptFile(this.path, 'it is not valid JSON (truncated or edited by hand?)', error);
    }
    // Every store document is an object; anything else (even `false`) must not pass for a missing file.
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw corruptFile(this.path, 'it is not a JSON object');
    return parsed as T;
  }

  async write(document: T): Promise<void> {
    await writeFileDurably(this.path, documentText(document, this.compact), this.beforeCommit);
  }
}

/** A store document as its file holds it: pretty-printed, or compact (see DocumentFormat.compact). */
export function documentText(document: unknown, compact = false): string {
  return `${compact ? JSON.stringify(document) : JSON.stringify(document, null, 2)}\n`;
}

export function corruptFile(path: string, reason: string, cause?: unknown): StoreCorruptError {
  return new StoreCorruptError(
    `The store file ${path} cannot be read: ${reason}. It has been left untouched. Restore it from a backup (or the .bak copy beside it); see "Store" in docs/sdk.md.`,
    path,
    cause === undefined ? undefined : { cause },
  );
}
