import { describeStoreConformance } from '@eqia/sdk/testing';
import { describe } from 'vitest';
import { openPostgresStore } from '../src/index.js';
import { dropSchema, freshSchema, noServer, serverUrl } from './server.js';

describe.skipIf(noServer)('PostgreSQL', () => {
  describeStoreConformance('postgres', async () => {
    const url = serverUrl ?? '';
    const schema = freshSchema();
    return {
      store: openPostgresStore(url, { schema }),
      openAnother: async () => openPostgresStore(url, { schema }),
      cleanup: () => dropSchema(schema),
    };
  });
});
