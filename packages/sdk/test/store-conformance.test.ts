import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStoreConformance } from '@eqia/sdk/testing';
import { createFileStore } from '../src/store/file/file-store.js';
import { createMemoryBacking, createMemoryStore } from '../src/store/memory-store.js';

// Store modules are imported directly so these tests do not depend on the client being complete.

describeStoreConformance('memory', async () => {
  const backing = createMemoryBacking();
  return {
    store: createMemoryStore({ backing }),
    cleanup: async () => {},
    openAnother: async () => createMemoryStore({ backing }),
  };
});

describeStoreConformance('file', async () => {
  const root = await mkdtemp(join(tmpdir(), 'eqia-store-'));
  const directory = join(root, '.eqia');
  return {
    store: createFileStore({ directory }),
    cleanup: () => rm(root, { recursive: true, force: true }),
    openAnother: async () => createFileStore({ directory }),
  };
});
