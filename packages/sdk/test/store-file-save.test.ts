import { execFileSync } from 'node:child_process';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { ConflictError, NotFoundError } from '@eqia/core';
import { expect, test } from 'vitest';
import { sampleAppend } from '../src/testing/sample-appends.js';
import { populatedStore, readJson } from './store/store-files.js';

/*
 * A save does not read the assessment file again when it is unchanged since the same store wrote it
 * (assessment-cache.ts). These are the ways it can change behind that store's back: each must be seen.
 */

const eventNotes = async (path: string) =>
  ((await readJson(path)).events as { event: { note: string } }[]).map(({ event }) => event.note);

test('a store knows an assessment unchanged only at the version it last wrote, and only while its file is', async () => {
  const subject = await populatedStore(); // subject.store wrote `a` at version 2 and `b` at 1
  expect(await subject.store.unchangedSince!('a', 2)).toBe(true);
  expect(await subject.store.unchangedSince!('a', 1)).toBe(false);
  expect(await subject.store.unchangedSince!('b', 1)).toBe(true);
  expect(await subject.store.unchangedSince!('c', 0)).toBe(false);
  // A store that has not written it cannot tell, and says so: its client reads.
  expect(await subject.reopen().unchangedSince!('a', 2)).toBe(false);
  await rm(subject.assessment('b'));
  expect(await subject.store.unchangedSince!('b', 1)).toBe(false);
});

test('a save by another store object in between is a conflict, and nothing is written', async () => {
  const subject = await populatedStore(); // subject.store wrote `a` at version 2
  await subject.reopen().append(sampleAppend('a', 2, { by: 'other' }));
  expect(await subject.store.unchangedSince!('a', 2)).toBe(false);
  const error = await subject.store.append(sampleAppend('a', 2)).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ConflictError);
  expect(error).toMatchObject({ expectedVersion: 2, actualVersion: 3 });
  expect(await eventNotes(subject.assessment('a'))).toEqual(['author #1', 'author #2', 'other #3']);
});

test('a file edited in place, with its modification time put back, is read again, and before the next save', async () => {
  const subject = await populatedStore();
  const path = subject.assessment('a');
  const times = `${subject.directory}.times`;
  await writeFile(times, '');
  execFileSync('touch', ['-r', path, times]); // to the nanosecond, which utimes cannot do
  // Same inode, same size, same modification time: only the change time tells.
  const text = await readFile(path, 'utf8');
  await writeFile(path, text.replace('"author #1"', '"author #9"'));
  execFileSync('touch', ['-r', times, path]);
  expect((await stat(path, { bigint: true })).mtimeNs).toBe((await stat(times, { bigint: true })).mtimeNs);

  expect(await subject.store.unchangedSince!('a', 2)).toBe(false);
  expect((await subject.store.read('a'))?.events[0]?.event).toMatchObject({ note: 'author #9' });
  await subject.store.append(sampleAppend('a', 2));
  expect(await eventNotes(path)).toEqual(['author #9', 'author #2', 'author #3']);
});

test('a file put back as it was by another writer (new inode) is read again before the next save', async () => {
  const subject = await populatedStore();
  const path = subject.assessment('a');
  const text = await readFile(path, 'utf8');
  await subject.reopen().append(sampleAppend('a', 2, { by: 'other' }));
  // Version 2 again, but not the file this store wrote: its content decides.
  await writeFile(`${path}.restored`, text.replace('"author #2"', '"editor #2"'));
  await rename(`${path}.restored`, path);

  expect(await subject.store.unchangedSince!('a', 2)).toBe(false);
  await subject.store.append(sampleAppend('a', 2));
  expect(await eventNotes(path)).toEqual(['author #1', 'editor #2', 'author #3']);
});

test('assessment files are written as compact JSON, and pretty-printed ones are still read and saved', async () => {
  const subject = await populatedStore();
  const path = subject.assessment('a');
  expect((await readFile(path, 'utf8')).split('\n')).toHaveLength(2); // one line and the final newline
  // As an earlier eqia wrote it: the same document, indented.
  await writeFile(path, `${JSON.stringify(await readJson(path), null, 2)}\n`);

  const reopened = subject.reopen();
  expect((await reopened.read('a'))?.events.map((event) => event.seq)).toEqual([1, 2]);
  await reopened.append(sampleAppend('a', 2));
  expect(await eventNotes(path)).toEqual(['author #1', 'author #2', 'author #3']);
  expect((await readFile(path, 'utf8')).split('\n')).toHaveLength(2);
});

test('a profile changed by another store object is read afresh, and what is returned is a copy', async () => {
  const subject = await populatedStore();
  const first = await subject.store.readProfile();
  first!.name = 'Changed by the caller';
  const other = subject.reopen();
  const changed = { ...(await other.readProfile())!, name: 'Changed elsewhere' };
  await other.writeProfile(changed);
  expect((await subject.store.readProfile())?.name).toBe('Changed elsewhere');
  const again = await subject.store.readProfile();
  again!.name = 'Changed by the caller again';
  expect((await subject.store.readProfile())?.name).toBe('Changed elsewhere');
});

test('a store removed after it was opened is NOT_FOUND on the next save, and nothing is created', async () => {
  const subject = await populatedStore();
  await rm(subject.index);
  await expect(subject.store.append(sampleAppend('a', 2))).rejects.toBeInstanceOf(NotFoundError);
  await rm(subject.directory, { recursive: true });
  await expect(subject.store.append(sampleAppend('a', 2))).rejects.toBeInstanceOf(NotFoundError);
  await expect(stat(subject.directory)).rejects.toThrow();
});

test('a save appending to the log it holds writes exactly the compact JSON of the whole document', async () => {
  const subject = await populatedStore();
  const other = subject.reopen();
  let version = 2;
  // This store's saves build on the log it holds; the other's read the file first; both, in turn.
  for (const store of [subject.store, subject.store, other, subject.store, other, other]) {
    await store.append(sampleAppend('a', version, { count: 2 }));
    version += 2;
  }
  await subject.store.append(sampleAppend('new', 0));
  for (const id of ['a', 'new']) {
    const text = await readFile(subject.assessment(id), 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text))}\n`);
  }
  expect((await subject.reopen().read('a'))?.events.map((event) => event.seq)).toEqual(
    Array.from({ length: 14 }, (_, k) => k + 1),
  );
});
