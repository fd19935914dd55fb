import { constants } from 'node:fs';
import { copyFile, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UnsupportedVersionError } from '@eqia/core/light';
import { Low } from 'lowdb';
import { syncDirectory } from './durable-write.js';
import type { DocumentFormat } from './formats.js';
import { corruptFile, DurableJsonFile } from './json-file-adapter.js';
import type { HeldLock } from './store-lock.js';

export interface LoadedDocument<T> {
  document: T;
  /** The format the file is in; below the format's version it still has to be rewritten (see keepBackup). */
  foundVersion: number;
}

/**
 * Read one store file through lowdb and bring it to the current format in memory. Undefined when the file
 * does not exist; StoreCorruptError or UnsupportedVersionError (file untouched) when it cannot be used.
 */
export async function loadDocument<T>(
  path: string,
  format: DocumentFormat<T>,
): Promise<LoadedDocument<T> | undefined> {
  const db = new Low<Record<string, unknown> | null>(new DurableJsonFile(path), null);
  await db.read();
  const raw = db.data;
  if (raw === null) return undefined;

  const foundVersion = 'formatVersion' in raw ? raw.formatVersion : 0;
  if (typeof foundVersion !== 'number' || !Number.isInteger(foundVersion) || foundVersion < 0)
    throw corruptFile(path, '`formatVersion` is not a whole number');
  if (foundVersion > format.version) throw newerFormat(path, foundVersion, format.version);

  let document = raw;
  for (let version = foundVersion; version < format.version; version++)
    document = format.upgrades[version]!(document);
  const problem = format.problem(document);
  if (problem)
    throw corruptFile(
      path,
      foundVersion < format.version ? `${problem} (read as ${format.name} format ${foundVersion})` : problem,
    );
  return { document: document as T, foundVersion };
}

/** A file written by a newer eqia: refused, and left as it is. Every version up to `current` is read. */
export function newerFormat(path: string, found: number, current: number): UnsupportedVersionError {
  return new UnsupportedVersionError(
    `The store file ${path} is in format ${found}, newer than this version of eqia understands (${current} at most). Upgrade eqia to use this store; the file has been left untouched.`,
    found,
    Array.from({ length: current + 1 }, (_, version) => version),
  );
}

/**
 * Write a document in the current format of its kind, durably; `beforeCommit` may abandon it (see
 * writeFileDurably).
 */
export async function saveDocument<T>(
  path: string,
  format: DocumentFormat<T>,
  document: T,
  beforeCommit?: () => void,
): Promise<void> {
  const db = new Low<T>(new DurableJsonFile(path, beforeCommit, format.compact), document);
  await db.write();
}

/**
 * Copy a file about to be upgraded to `<name>.v<N>.bak` beside it (an existing backup is never replaced:
 * the next free `<name>.v<N>.<k>.bak` is used), durably. Returns the backup's path.
 */
export async function keepBackup(path: string, foundVersion: number): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const backup = `${path}.v${foundVersion}${attempt ? `.${attempt}` : ''}.bak`;
    try {
      await copyFile(path, backup, constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    const handle = await open(backup, 'r');
    await handle.sync().finally(() => handle.close());
    await syncDirectory(dirname(backup));
    return backup;
  }
}

/**
 * Load a file holding the store's lock; a file in an older format is first backed up (keepBackup) and
 * then rewritten in the current one, so the upgrade happens once and is never lost.
 */
export async function loadAndUpgrade<T>(
  path: string,
  format: DocumentFormat<T>,
  lock: HeldLock,
): Promise<T | undefined> {
  const loaded = await loadDocument(path, format);
  if (!loaded) return undefined;
  if (loaded.foundVersion < format.version) {
    await keepBackup(path, loaded.foundVersion);
    await saveDocument(path, format, loaded.document, lock.assertHeld);
  }
  return loaded.document;
}
