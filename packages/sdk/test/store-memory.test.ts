import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultProfile } from '@eqia/core';
import { expect, test } from 'vitest';
import { createMemoryStore } from '../src/store/memory-store.js';

test('the memory store and what it imports use no node: modules, so it bundles for a browser', async () => {
  const storeDirectory = join(import.meta.dirname, '../src/store');
  for (const file of ['memory-store.ts', 'append-rules.ts', 'store-errors.ts', 'port.ts']) {
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
