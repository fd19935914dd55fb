import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { defaultProfile } from '@eqia/core';
import { expect, test } from 'vitest';
import { sampleAppend } from '../src/testing/sample-appends.js';
import { type PopulatedStore, populatedStore, readJson, sha256 } from './store/store-files.js';

/** Rewrite a current file as format 0 wrote it: no formatVersion; a bare profile; no id in assessments. */
async function downgrade(path: string, kind: 'profile' | 'assessment'): Promise<string> {
  const { formatVersion: _, ...current } = await readJson(path);
  const text = JSON.stringify(kind === 'profile' ? current.profile : { ...current, id: undefined });
  await writeFile(path, text);
  return text;
}

/** Put the index back as formats 0 and 1 kept it: every summary in index.json, and no journal. */
async function legacyIndex(subject: PopulatedStore, version: 0 | 1): Promise<string> {
  const assessments = Object.fromEntries(
    (await subject.reopen().list()).map((summary) => [summary.id, summary]),
  );
  const text = JSON.stringify(version === 0 ? { assessments } : { formatVersion: 1, assessments }, null, 2);
  await writeFile(subject.index, text);
  await rm(subject.journal);
  return text;
}

test('format-0 files are upgraded on first read, each keeping a byte-for-byte backup beside it', async () => {
  const subject = await populatedStore();
  const expected = { list: await subject.store.list(), a: await subject.store.read('a') };
  const originals = {
    index: await legacyIndex(subject, 0),
    profile: await downgrade(subject.profile, 'profile'),
    assessment: await downgrade(subject.assessment('a'), 'assessment'),
  };

  const store = subject.reopen();
  expect(await store.list()).toEqual(expected.list);
  expect(await store.readProfile()).toEqual(defaultProfile);
  expect(await store.read('a')).toEqual(expected.a);

  for (const [path, original, formatVersion] of [
    [subject.index, originals.index, 2],
    [subject.profile, originals.profile, 1],
    [subject.assessment('a'), originals.assessment, 1],
  ] as const) {
    expect(await readFile(`${path}.v0.bak`, 'utf8')).toBe(original);
    expect(await readJson(path)).toMatchObject({ formatVersion });
  }
  // Upgraded once: reading again neither rewrites nor backs up again.
  const upgraded = await sha256(subject.assessment('a'));
  await subject.reopen().read('a');
  expect(await sha256(subject.assessment('a'))).toBe(upgraded);
  expect((await readdir(dirname(subject.assessment('a')))).filter((name) => name.endsWith('.bak'))).toEqual([
    'a.json.v0.bak',
  ]);
});

test('an append to a format-0 assessment upgrades it first and keeps its history', async () => {
  const subject = await populatedStore();
  await downgrade(subject.assessment('a'), 'assessment');
  const store = subject.reopen();
  await store.append(sampleAppend('a', 2));
  expect((await store.read('a'))?.events.map((event) => event.seq)).toEqual([1, 2, 3]);
  expect(await readJson(`${subject.assessment('a')}.v0.bak`)).not.toHaveProperty('formatVersion');
});

test('an existing backup is never overwritten: a second upgrade keeps its own', async () => {
  const subject = await populatedStore();
  const first = await legacyIndex(subject, 0);
  await subject.reopen().list();
  await subject.store.append(sampleAppend('c', 0));
  const second = await legacyIndex(subject, 0);
  expect((await subject.reopen().list()).map((summary) => summary.id).sort()).toEqual(['a', 'b', 'c']);
  expect(await readFile(`${subject.index}.v0.bak`, 'utf8')).toBe(first);
  expect(await readFile(`${subject.index}.v0.1.bak`, 'utf8')).toBe(second);
});

test('a format-1 index.json moves its summaries into the journal; saves then append to the journal only', async () => {
  const subject = await populatedStore();
  const listed = await subject.store.list();
  const original = await legacyIndex(subject, 1);

  const store = subject.reopen();
  expect(await store.list()).toEqual(listed);
  expect(await readFile(`${subject.index}.v1.bak`, 'utf8')).toBe(original);
  expect(await readJson(subject.index)).toEqual({ formatVersion: 2, journal: 'index.jsonl' });
  const lines = (await readFile(subject.journal, 'utf8')).trimEnd().split('\n');
  expect(JSON.parse(lines[0] as string)).toMatchObject({ formatVersion: 2 });
  expect(lines.slice(1).map((line) => JSON.parse(line))).toEqual(listed);

  const index = await sha256(subject.index);
  await store.append(sampleAppend('a', 2, { title: 'Saved after the upgrade' }));
  expect(await sha256(subject.index)).toBe(index);
  expect((await store.list()).find((summary) => summary.id === 'a')).toMatchObject({
    version: 3,
    title: 'Saved after the upgrade',
  });
});
