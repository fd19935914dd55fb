import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultProfile } from '@eqia/core';
import { createFileStore } from '../../src/store/file/file-store.js';
import { sampleAppend } from '../../src/testing/sample-appends.js';

export type PopulatedStore = Awaited<ReturnType<typeof populatedStore>>;

/** A file store in a fresh temp directory holding the default profile and assessments `a` (2 events) and `b`. */
export async function populatedStore() {
  const directory = join(await mkdtemp(join(tmpdir(), 'eqia-files-')), '.eqia');
  const store = createFileStore({ directory });
  await store.init({ profile: defaultProfile });
  await store.append(sampleAppend('a', 0, { count: 2 }));
  await store.append(sampleAppend('b', 0));
  return {
    directory,
    store,
    index: join(directory, 'index.json'),
    journal: join(directory, 'index.jsonl'),
    profile: join(directory, 'profile.json'),
    assessment: (id: string) => join(directory, 'assessments', `${id}.json`),
    /** A new store on the same directory, as the next process would open it. */
    reopen: () => createFileStore({ directory }),
  };
}

export async function sha256(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

export async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8'));
}
