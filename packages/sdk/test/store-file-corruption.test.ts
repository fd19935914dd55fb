import { readFile, writeFile } from 'node:fs/promises';
import { defaultProfile, StoreCorruptError, UnsupportedVersionError } from '@eqia/core';
import { describe, expect, test } from 'vitest';
import { sampleAppend } from '../src/testing/sample-appends.js';
import { type PopulatedStore, populatedStore, sha256 } from './store/store-files.js';

type Damage = (text: string) => string;
const damages: Record<string, Damage> = {
  empty: () => '',
  'only whitespace': () => '\n  \n',
  truncated: (text) => text.slice(0, Math.floor(text.length / 2)),
  'not an object': () => '[1, 2, 3]\n',
  'JSON false': () => 'false',
  'wrong shape': () => '{ "formatVersion": 1, "assessments": [], "profile": 3, "events": {} }\n',
  'bad formatVersion': (text) => text.replace(/"formatVersion": ?\d+/, '"formatVersion": "one"'),
};

const files: Record<
  string,
  { path(s: PopulatedStore): string; use(s: PopulatedStore): Promise<Promise<unknown>[]> }
> = {
  index: {
    path: (s: PopulatedStore) => s.index,
    use: async (s: PopulatedStore) => {
      const store = s.reopen();
      return [store.list(), store.append(sampleAppend('c', 0))];
    },
  },
  'index journal': {
    path: (s: PopulatedStore) => s.journal,
    use: async (s: PopulatedStore) => {
      const store = s.reopen();
      return [store.list(), store.append(sampleAppend('c', 0))];
    },
  },
  profile: {
    path: (s: PopulatedStore) => s.profile,
    use: async (s: PopulatedStore) => {
      const store = s.reopen();
      // Writing a new profile must not replace one that cannot be read: it is someone's configuration.
      return [store.readProfile(), store.writeProfile(defaultProfile)];
    },
  },
  assessment: {
    path: (s: PopulatedStore) => s.assessment('a'),
    use: async (s: PopulatedStore) => {
      const store = s.reopen();
      return [store.read('a'), store.append(sampleAppend('a', 2))];
    },
  },
};

describe.each(Object.entries(files))('a damaged %s file', (_, file) => {
  test.each(Object.entries(damages))(
    '%s: a StoreCorruptError naming it, and the file is left byte for byte',
    async (__, damage) => {
      const subject = await populatedStore();
      const path = file.path(subject);
      await writeFile(path, damage(await readFile(path, 'utf8')));
      const before = await sha256(path);
      // Settle every attempt at once: one left waiting while another is awaited is an unhandled rejection.
      const errors = await Promise.all(
        (await file.use(subject)).map((attempt) =>
          attempt.then(
            () => undefined,
            (thrown: unknown) => thrown,
          ),
        ),
      );
      for (const error of errors) {
        expect(error).toBeInstanceOf(StoreCorruptError);
        expect(error).toMatchObject({ code: 'STORE_CORRUPT', location: path });
        expect((error as Error).message).toContain(path);
      }
      expect(await sha256(path)).toBe(before);
    },
  );
});

test('the message says what is wrong with which file and what to do', async () => {
  const subject = await populatedStore();
  await writeFile(subject.index, '');
  const error = await subject
    .reopen()
    .list()
    .catch((thrown: Error) => thrown);
  expect((error as Error).message.replace(subject.directory, '<store>')).toMatchInlineSnapshot(
    `"The store file <store>/index.json cannot be read: it is empty. It has been left untouched. Restore it from a backup (or the .bak copy beside it); see "Store" in docs/sdk.md."`,
  );
});

test('an assessment file under another id is corrupt, not silently read as that id', async () => {
  const subject = await populatedStore();
  await writeFile(subject.assessment('a'), await readFile(subject.assessment('b')));
  await expect(subject.reopen().read('a')).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
});

test('an append that cannot read the index writes nothing, not even to the assessment', async () => {
  const subject = await populatedStore();
  await writeFile(subject.index, '{"formatVersion": 1, "assess');
  const before = await sha256(subject.assessment('a'));
  await expect(subject.reopen().append(sampleAppend('a', 2))).rejects.toBeInstanceOf(StoreCorruptError);
  expect(await sha256(subject.assessment('a'))).toBe(before);
});

test('a torn last journal line with no save in flight is damage, not a crash to repair', async () => {
  const subject = await populatedStore();
  await writeFile(subject.journal, `${await readFile(subject.journal, 'utf8')}{"id":"c","ver`);
  const before = await sha256(subject.journal);
  const store = subject.reopen();
  await expect(store.list()).rejects.toMatchObject({ code: 'STORE_CORRUPT', location: subject.journal });
  await expect(store.append(sampleAppend('c', 0))).rejects.toBeInstanceOf(StoreCorruptError);
  expect(await sha256(subject.journal)).toBe(before);
});

describe('a file written by a newer eqia', () => {
  const cases = {
    index: { path: (s: PopulatedStore) => s.index, newer: 3, supported: [0, 1, 2] },
    'index journal': { path: (s: PopulatedStore) => s.journal, newer: 3, supported: [0, 1, 2] },
    profile: { path: (s: PopulatedStore) => s.profile, newer: 2, supported: [0, 1] },
    assessment: { path: (s: PopulatedStore) => s.assessment('a'), newer: 2, supported: [0, 1] },
  };
  test.each(Object.entries(cases))(
    '%s: refused with UnsupportedVersionError and untouched',
    async (name, { path: pathOf, newer, supported }) => {
      const subject = await populatedStore();
      const path = pathOf(subject);
      await writeFile(
        path,
        (await readFile(path, 'utf8')).replace(/"formatVersion": ?\d+/, `"formatVersion": ${newer}`),
      );
      const before = await sha256(path);
      const store = subject.reopen();
      const attempt =
        name === 'profile' ? store.readProfile() : name === 'assessment' ? store.read('a') : store.list();
      const error = await attempt.catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(UnsupportedVersionError);
      expect(error).toMatchObject({ code: 'UNSUPPORTED_VERSION', found: newer, supported });
      expect((error as Error).message.replace(subject.directory, '<store>')).toContain('Upgrade eqia');
      expect(await sha256(path)).toBe(before);
    },
  );
});
