import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describeStoreConformance } from '@eqia/sdk/testing';
import { openSqliteStore } from '../src/index.js';
import { freshFile } from './temp-files.js';

describeStoreConformance('sqlite', async () => {
  const file = freshFile();
  return {
    store: openSqliteStore(file),
    // Another connection to the same file, as another process would have.
    openAnother: async () => openSqliteStore(file),
    cleanup: () => rm(dirname(file), { recursive: true, force: true }),
  };
});
