import type { Told } from '@eqia/core/light';
import { englishServerStoreErrors } from './server-store-errors.js';
import { englishStoreMissing } from './store-missing.js';

// What a store says when it cannot do its work (busy, damaged, missing, the disk), in English: the shape
// the Welsh follows (cy-store-errors.ts). A store adapter words its errors with `storeTold` (from
// `@eqia/sdk/adapter`), so that a client (and the CLI) can word them again in the user's language; an
// English client never reads these words, so no page loads them at once. `said` is what the engine
// itself said, kept in its own words.

type File = { file: string };
type Said = { file: string; said: string };
/** Where a stored document stops being JSON, and whose it is (`id`, `seq`: the row's). */
type Unparsed = { file: string; line: string; column: string };
const where = ({ line, column }: Unparsed) => `the first thing wrong is at line ${line}, column ${column}`;
const engine = (said: string) => (said ? ` (SQLite said: ${said})` : '');
const restore = (file: string) =>
  `Nothing was changed. Restore the file from your latest backup; to see what SQLite makes of it, run: sqlite3 "${file}" "PRAGMA integrity_check"`;

export const englishStoreErrors = {
  ...englishStoreMissing,
  storeBusy: ({ file, seconds }: { file: string; seconds: string }) =>
    `The eqia store ${file} stayed busy for more than ${seconds} s: another process held its write lock all that time. Nothing was written; try again, and if it keeps happening look for an eqia process that is stuck.`,
  damagedPages: ({ file, said }: Said) =>
    `The eqia store ${file} is damaged: SQLite found pages that do not hold what they should${engine(said)}. ${restore(file)}`,
  notADatabase: ({ file, said }: Said) =>
    `The eqia store ${file} is not a SQLite database, or its first page is damaged${engine(said)}. ${restore(file)}`,
  rowsOutOfPlace: ({ file, said }: Said) =>
    `The eqia store ${file} holds rows that do not line up (an event or assessment out of place)${engine(said)}. ${restore(file)}`,
  notJson: ({ file, said }: Said) =>
    `The eqia store ${file} holds a document that is not JSON${engine(said)}. ${restore(file)}`,
  noTables: ({ file, said }: Said) =>
    `The eqia store ${file} does not have the tables this eqia expects${engine(said)}. ${restore(file)}`,
  directory: ({ file }: File) =>
    `The eqia store ${file} is a directory, not a database file. ${restore(file)}`,
  notAFile: ({ file }: File) =>
    `The eqia store ${file} is not a regular file, so it cannot be a database. ${restore(file)}`,
  notAnEqiaStore: ({ file }: File) =>
    `The file ${file} is a SQLite database but not an eqia store: nothing was changed. Point eqia at its own database file, or move this one away before running eqia init there.`,
  cannotOpen: ({ file, said }: Said) =>
    `eqia cannot open the store ${file} for reading and writing${engine(said)}. Check that this user may read and write the file and the folder it is in (SQLite keeps -wal and -shm files beside it).`,
  diskFull: ({ file }: File) =>
    `The disk holding the eqia store ${file} is full: nothing was written. Free some space and try again.`,
  diskFailed: ({ file, said }: Said) =>
    `The operating system reported an error reading or writing the eqia store ${file}${engine(said)}. Nothing was written by the failed call; check the disk, then try again.`,
  summaryNotJson: (at: Unparsed) =>
    `The eqia store ${at.file} holds an assessment summary that is not JSON (${where(at)}). ${restore(at.file)}`,
  snapshotNotJson: (at: Unparsed & { id: string }) =>
    `The eqia store ${at.file} holds the snapshot of "${at.id}" that is not JSON (${where(at)}). ${restore(at.file)}`,
  digestNotJson: (at: Unparsed & { id: string }) =>
    `The eqia store ${at.file} holds the digest of "${at.id}" that is not JSON (${where(at)}). ${restore(at.file)}`,
  eventNotJson: (at: Unparsed & { id: string; seq: string }) =>
    `The eqia store ${at.file} holds event ${at.seq} of "${at.id}" that is not JSON (${where(at)}). ${restore(at.file)}`,
  profileNotJson: (at: Unparsed) =>
    `The eqia store ${at.file} holds the profile that is not JSON (${where(at)}). ${restore(at.file)}`,
  equalityDataNotJson: (at: Unparsed & { seq: string }) =>
    `The eqia store ${at.file} holds equality data import ${at.seq} that is not JSON (${where(at)}). ${restore(at.file)}`,
  summaryMissing: ({ file }: File) =>
    `The eqia store ${file} holds an assessment whose summary is missing from assessment_list. ${restore(file)}`,
  summaryNotItsRow: ({ file, id }: File & { id: string }) =>
    `The eqia store ${file} holds a summary in the row of "${id}" that is not that row's. ${restore(file)}`,
  newerStore: ({ file, found, known }: File & { found: string; known: string }) =>
    `The eqia store ${file} is at schema version ${found}, newer than this eqia knows (${known}): it was written by a newer eqia. Upgrade eqia before using this store; nothing was changed.`,
  ...englishServerStoreErrors,
};

export type StoreErrorWords = typeof englishStoreErrors;
type StoreErrorId = keyof StoreErrorWords;

/** A store error's English message and the options that carry it as data, for the error's constructor. */
export function storeTold<K extends StoreErrorId>(
  id: K,
  values: Parameters<StoreErrorWords[K]>[0],
): { message: string; options: { told: Told } } {
  const message = (englishStoreErrors[id] as (values: Parameters<StoreErrorWords[K]>[0]) => string)(values);
  return { message, options: { told: { id, values } } };
}
