import { describeStoreConformance } from '@eqia/sdk/testing';
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
