import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultProfile, StoreCorruptError } from '@eqia/core';
import { expect, test } from 'vitest';
import { createMemoryBacking, createMemoryStore } from '../src/store/memory-store.js';
import { chainedAppend } from '../src/testing/index.js';

test('the memory store and what it imports use no node: modules, so it bundles for a browser', async () => {
  const storeDirectory = join(import.meta.dirname, '../src/store');
  for (const file of [
    'memory-store.ts',
    'append-rules.ts',
    'store-errors.ts',
    'stored-shapes.ts',
    'port.ts',
  ]) {
    const source = await readFile(join(storeDirectory, file), 'utf8');
    expect(source, file).not.toMatch(/from '(node:|\.\/file\/)/);
  }
});

test('a memory store given a profile starts initialised with it', async () => {
  const store = createMemoryStore({ profile: defaultProfile });
  expect(await store.exists()).toBe(true);
  expect(await store.readProfile()).toEqual(defaultProfile);
  expect(await store.list()).toEqual([]);
});

test('a record a shared backing holds in the wrong shape is refused by name, as the other stores refuse it', async () => {
  const backing = createMemoryBacking();
  const store = createMemoryStore({ backing, profile: defaultProfile, location: 'memory:test' });
  await store.append(chainedAppend('a1', 1));
  const stored = backing.assessments.get('a1')!;
  const refusal = (call: () => Promise<unknown>) =>
    call().then(
      () => 'accepted',
      (error: unknown) => (error instanceof StoreCorruptError ? error.message : String(error)),
    );

  stored.snapshot = { ...stored.snapshot, status: 'draft' } as never;
  expect(await refusal(() => store.read('a1'))).toMatch(
    /^The eqia store memory:test holds the snapshot of "a1" that is not shaped as eqia writes it: field "status" is a string, not an object\./,
  );
  expect(await refusal(() => store.readSnapshots!())).toMatch(/the snapshot of "a1"/);

  stored.summary = { ...stored.summary, openActions: 'none' } as never;
  for (const call of [
    () => store.list(),
    () => store.readDigests!(),
    () => store.listDueForReview('2030-01-01'),
  ])
    expect(await refusal(call)).toMatch(
      /\(id "a1"\) that is not shaped as eqia writes it: field "openActions"/,
    );
});
