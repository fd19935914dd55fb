import { randomBytes } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CliContext } from '../context.js';
import { namingFile } from '../file-errors.js';
import { msg } from '../messages/ui-language.js';
import { databaseFile, isPostgresUrl, storeLocation } from '../open-store.js';
import { UsageError } from '../usage-error.js';
import { aside } from './say.js';
import { createStyle } from './style.js';

/** Refuses a binary format without --out, before the store is opened. */
export function needsFile(format: string, out: string | undefined): void {
  if (format === 'docx' && (out === undefined || out === '-')) throw new UsageError(msg.output.wordNeedsFile);
}

/** The options of every command that writes a document: spread them into its parseCommandArgs. */
export const outputOptions = {
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

export interface OutputFlags {
  out?: string | undefined;
  /** The option that named `out`, for messages: `--out` unless another (`--overdue-csv`) did. */
  option?: string;
  force?: boolean | undefined;
  /** The command's --store, so that the store's own files are never written over. */
  store?: string | undefined;
}

/**
 * Write a document to --out (and say where), or to standard output when no file is given. Every --out
 * goes through here, so the same promises hold for each: the store's own files are never written, an
 * existing file is replaced only with --force (and then whole or not at all), and a failure names the file.
 */
export async function writeOutput(
  ctx: CliContext,
  flags: OutputFlags,
  content: string | Uint8Array,
): Promise<void> {
  if (flags.out === undefined || flags.out === '-') {
    if (typeof content !== 'string') throw new UsageError(msg.output.wordNeedsFile);
    ctx.write(content.endsWith('\n') ? content : `${content}\n`);
    return;
  }
  const option = flags.option ?? '--out';
  if (flags.out.trim() === '') throw new UsageError(msg.output.needsName({ option }));
  const path = resolve(ctx.cwd, flags.out);
  await refuseStoreFiles(ctx, path, flags.store, option);
  const found = statSync(path, { throwIfNoEntry: false });
  if (found?.isDirectory()) throw new UsageError(msg.output.isDirectory({ option, path }));
  try {
    if (found === undefined) await writeNew(path, content);
    else if (!found.isFile())
      await writeFile(path, content); // a device or pipe: written into, not replaced
    else if (flags.force) await replace(path, content);
    else throw new UsageError(msg.output.exists({ option, path }));
  } catch (error) {
    throw namingFile(error, path);
  }
  aside(ctx, `${createStyle(ctx.errorColor).green('✓')} ${msg.output.wrote({ path })}`);
}

/** A new file, created exclusively (never one that appeared meanwhile); removed again if writing fails. */
async function writeNew(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, content, { flag: 'wx' });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') await rm(path, { force: true });
    throw error;
  }
}

/** Written beside the file, then renamed over it: a full disk leaves the old file as it was. */
async function replace(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * The store's database and the files SQLite keeps beside it, and anything inside a store folder (`.eqia`),
 * are never an output: writing there would destroy the assessments. Paths are compared after resolving
 * symbolic links, so no spelling of the path gets round it.
 */
async function refuseStoreFiles(
  ctx: CliContext,
  path: string,
  storeFlag: string | undefined,
  option: string,
): Promise<void> {
  const location = await storeLocation(ctx, storeFlag);
  if (isPostgresUrl(location)) return;
  const named = resolve(ctx.cwd, location);
  const file = databaseFile(location, ctx.cwd);
  const database = real(file);
  const target = real(path);
  const storeFiles = ['', '-wal', '-shm', '-journal'].map((suffix) => `${database}${suffix}`);
  // A store named by its folder (`.eqia`) owns the folder; one named by its file owns only its files.
  const folder = file === named ? undefined : real(named);
  const inside = folder !== undefined && isWithin(folder, target);
  if (storeFiles.includes(target) || inside)
    throw new UsageError(msg.output.storeFile({ option, path, inside, store: folder ?? database }));
}

function isWithin(folder: string, path: string): boolean {
  const route = relative(folder, path);
  return route !== '..' && !route.startsWith(`..${sep}`) && !isAbsolute(route);
}

/** A path with the symbolic links of its existing part resolved (the rest may not exist yet). */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(real(parent), basename(path));
  }
}
