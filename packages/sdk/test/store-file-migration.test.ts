import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { defaultProfile } from '@eqia/core';
import { expect, test } from 'vitest';
import { sampleAppend } from '../src/testing/sample-appends.js';
import { populatedStore, readJson, sha256 } from './store/store-files.js';

/** Rewrite a current file as format 0 wrote it: no formatVersion; a bare profile; no id in assessments. */
async function downgrade(path: string, kind: 'index' | 'profile' | 'assessment'): Promise<string> {
  const { formatVersion: _, ...current } = await readJson(path);
  const old =
    kind === 'profile' ? current.profile : kind === 'assessment' ? { ...current, id: undefined } : current;
  const text = JSON.stringify(old);
  await writeFile(path, text);
  return text;
}

test('format-0 files are upgraded on first read, each keeping a byte-for-byte backup beside it', async () => {
  const subject = await populatedStore();
  const expected = { list: await subject.store.list(), a: await subject.store.read('a') };
  const originals = {
    index: await downgrade(subject.index, 'index'),
    profile: await downgrade(subject.profile, 'profile'),
    assessment: await downgrade(subject.assessment('a'), 'assessment'),
  };

  const store = subject.reopen();
  expect(await store.list()).toEqual(expected.list);
  expect(await store.readProfile()).toEqual(defaultProfile);
  expect(await store.read('a')).toEqual(expected.a);

  for (const [path, original] of [
    [subject.index, originals.index],
    [subject.profile, originals.profile],
    [subject.assessment('a'), originals.assessment],
  ] as const) {
    expect(await readFile(`${path}.v0.bak`, 'utf8')).toBe(original);
    expect(await readJson(path)).toMatchObject({ formatVersion: 1 });
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
  const first = await downgrade(subject.index, 'index');
  await subject.reopen().list();
  await subject.store.append(sampleAppend('c', 0));
  const second = await downgrade(subject.index, 'index');
  await subject.reopen().list();
  expect(await readFile(`${subject.index}.v0.bak`, 'utf8')).toBe(first);
  expect(await readFile(`${subject.index}.v0.1.bak`, 'utf8')).toBe(second);
});
