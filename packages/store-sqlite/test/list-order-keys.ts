import { sampleAppend } from '@eqia/sdk/testing';
import fc from 'fast-check';
import { openSqliteStore, type SqliteStore } from '../src/index.js';
import { freshFile } from './temp-files.js';

// Ids and times that a locale's order would sort otherwise than SQL's bytes do: upper and lower case,
// punctuation, a time written without its milliseconds; and ids that agree.
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

/** Rows of (id, updatedAt), each id once. */
export const listOrderKeys = (maxLength: number) =>
  fc.uniqueArray(fc.tuple(id, time), { selector: ([key]) => key, maxLength });

/** A new store holding one sample assessment for each row, saved at the row's time. */
export async function storeOf(rows: readonly (readonly [string, string])[]): Promise<SqliteStore> {
  const store = openSqliteStore(freshFile());
  await store.init();
  for (const [key, updatedAt] of rows) {
    const request = sampleAppend(key, 0);
    await store.append({ ...request, summary: { ...request.summary, updatedAt } });
  }
  return store;
}
