import fc from 'fast-check';

// Ids and times that a locale's order would sort otherwise than the list does (code points, SQL's
// bytes): case, punctuation, digits; a time written without its milliseconds, which is the same
// instant; and ids that agree.
const id = fc.constantFrom(
  'a1',
  'A1',
  'b1',
  'B2',
  'a-1',
  'a_1',
  'a.1',
  'a:1',
  'a10',
  'a9',
  'Z',
  'eqia-00001',
  'eqia-00002',
);
const time = fc.constantFrom(
  '2026-01-01T09:00:00.000Z',
  '2026-01-01T09:00:00Z',
  '2026-01-02T09:00:00.000Z',
  '2026-01-01T10:00:00.000Z',
);

/**
 * Rows of (id, updatedAt), each id once, whose list order an adapter's own reads (pages, batches, a
 * listing written in SQL) must keep as the SDK's `filterSummaries` orders them.
 */
export const listOrderKeys = (maxLength: number) =>
  fc.uniqueArray(fc.tuple(id, time), { selector: ([key]) => key, maxLength });
