import { sampleAppend } from '@eqia/sdk/testing';
import { openSqliteStore, type SqliteStore } from '../src/index.js';
import { freshFile } from './temp-files.js';

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
