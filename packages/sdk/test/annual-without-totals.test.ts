import { createMemoryStore } from '../src/store/memory-store.js';
import type { AssessmentStore } from '../src/store/port.js';
import { describeAnnualTotals } from '../src/testing/conformance-annual.js';

// A store without its own annual count (an adapter that leaves the optional method out) is held to what
// the client then counts from: readDigests' annual facts, or without them each assessment's snapshot.
const without =
  (...left: (keyof AssessmentStore)[]) =>
  async () => {
    const store: AssessmentStore = { ...createMemoryStore() };
    for (const method of left) delete store[method];
    return { store, cleanup: async () => {} };
  };

describeAnnualTotals('memory without annualTotals', without('annualTotals'));
describeAnnualTotals('memory without annualTotals or readDigests', without('annualTotals', 'readDigests'));
