import { access, chmod, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotFoundError } from '@eqia/core';
import { expect, test } from 'vitest';
import { createFileStore } from '../src/store/file/file-store.js';
import { sampleAppend } from '../src/testing/sample-appends.js';
import { populatedStore } from './store/store-files.js';

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

test('a missing store is never created by reading it: NOT_FOUND says to run eqia init', async () => {
  const directory = join(tmpdir(), `eqia-missing-${process.pid}-${Date.now()}`, '.eqia');
  const store = createFileStore({ directory });
  const error = await store.list().catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(NotFoundError);
  expect((error as Error).message.replace(directory, '<store>')).toMatchInlineSnapshot(
    `"There is no eqia store at <store>. Run \`eqia init\` (or call store.init()) to create one, or point to the right store with --store or EQIA_STORE."`,
  );
  await expect(store.append(sampleAppend('a', 0))).rejects.toBeInstanceOf(NotFoundError);
  await expect(access(directory)).rejects.toThrow();
  expect(await store.exists()).toBe(false);
});

test('files are created 0600 in a 0700 directory, and a file keeps its mode through writes', async () => {
  const subject = await populatedStore();
  expect(await modeOf(subject.directory)).toBe(0o700);
  for (const path of [subject.index, subject.profile, subject.assessment('a')])
    expect(await modeOf(path)).toBe(0o600);

  await chmod(subject.assessment('a'), 0o600);
  await chmod(subject.index, 0o640);
  await subject.store.append(sampleAppend('a', 2));
  await subject.store.append(sampleAppend('c', 0));
  expect(await modeOf(subject.assessment('a'))).toBe(0o600);
  expect(await modeOf(subject.index)).toBe(0o640);
  expect(await modeOf(subject.assessment('c'))).toBe(0o600);
});

test('an append interrupted between the assessment file and the index is completed on next open', async () => {
  const subject = await populatedStore();
  const journalBefore = await readFile(subject.journal);
  await subject.store.append(sampleAppend('a', 2, { title: 'After the crash' }));
  // What a writer killed after renaming the assessment file but before its journal line leaves behind:
  await writeFile(subject.journal, journalBefore);
  await writeFile(join(subject.directory, 'pending', 'a'), '');

  const store = subject.reopen();
  const listed = (await store.list()).find((summary) => summary.id === 'a');
  expect(listed).toMatchObject({ version: 3, title: 'After the crash' });
  expect(await readdir(join(subject.directory, 'pending'))).toEqual([]);
});

test('a journal line torn by a killed writer is ignored by readers and repaired from the assessment file', async () => {
  const subject = await populatedStore();
  const journalBefore = await readFile(subject.journal, 'utf8');
  await subject.store.append(sampleAppend('a', 2, { title: 'Torn' }));
  const line = (await readFile(subject.journal, 'utf8')).slice(journalBefore.length);
  await writeFile(subject.journal, journalBefore + line.slice(0, 40));
  await writeFile(join(subject.directory, 'pending', 'a'), '');

  const store = subject.reopen();
  expect((await store.list()).find((summary) => summary.id === 'a')).toMatchObject({
    version: 3,
    title: 'Torn',
  });
  expect((await readFile(subject.journal, 'utf8')).endsWith('\n')).toBe(true);
  await store.append(sampleAppend('a', 3));
  expect((await subject.reopen().list()).find((summary) => summary.id === 'a')).toMatchObject({ version: 4 });
});

test('the journal is compacted to one line per assessment once repeated saves double it', async () => {
  const subject = await populatedStore();
  const lineCount = async () => (await readFile(subject.journal, 'utf8')).trimEnd().split('\n').length;
  let most = 0;
  for (let version = 2; version < 302; version++) {
    await subject.store.append(sampleAppend('a', version));
    most = Math.max(most, await lineCount());
  }
  // It grew past its live entries, was folded back, and never lost the latest summary.
  expect(most).toBeGreaterThan(100);
  expect(await lineCount()).toBeLessThan(most);
  expect((await subject.reopen().list()).find((summary) => summary.id === 'a')).toMatchObject({
    version: 302,
  });
});

test('stray temp files of a dead writer are removed on the next open, and never read as assessments', async () => {
  const subject = await populatedStore();
  const strays = [
    join(subject.directory, '.index.json.1a2b3c.tmp'),
    join(subject.directory, 'assessments', '.a.json.4d5e6f.tmp'),
  ];
  for (const stray of strays) await writeFile(stray, '{"half": ');
  const store = subject.reopen();
  expect((await store.list()).map((summary) => summary.id).sort()).toEqual(['a', 'b']);
  for (const stray of strays) await expect(access(stray)).rejects.toThrow();
});

test('init rebuilds a lost index from the assessment files, and is otherwise idempotent', async () => {
  const subject = await populatedStore();
  const listed = await subject.store.list();
  await rename(subject.index, `${subject.index}.moved-aside`);
  const store = subject.reopen();
  expect(await store.exists()).toBe(false);
  await expect(store.list()).rejects.toBeInstanceOf(NotFoundError);
  await store.init();
  expect(await store.list()).toEqual(expect.arrayContaining(listed));
  expect(await store.list()).toHaveLength(listed.length);
  await store.init();
  expect(await store.list()).toHaveLength(listed.length);
});
