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
      // The second connection names its schema in the URL, as EQIA_STORE would.
      openAnother: async () => {
        const withSchema = new URL(url);
        withSchema.searchParams.set('schema', schema);
        return openPostgresStore(withSchema.toString());
      },
      cleanup: () => dropSchema(schema),
    };
  });
});
