import { defaultProfile as profile, StoreCorruptError } from '@eqia/core';
import { errorIn } from '@eqia/sdk';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

// A damaged row told in Welsh to a Welsh user, with where its JSON breaks, never Node's English.

async function damagedBy(sql: string, call: (store: ReturnType<typeof openSqliteStore>) => Promise<unknown>) {
  const file = freshFile();
  const store = openSqliteStore(file);
  await store.init({ profile });
  for (const id of ['a1', 'a2']) await store.append(chainedAppend(id, 2));
  withRawDatabase(file, (db) => db.exec(sql));
  const failure = await call(store).then(
    () => new Error('did not fail'),
    (error: unknown) => error,
  );
  await store.close();
  expect(failure).toBeInstanceOf(StoreCorruptError);
  const said = (error: unknown) => (error as Error).message.replaceAll(file, '<file>');
  return { english: said(failure), welsh: said(await errorIn(failure, 'cy')) };
}

describe('a damaged row, in Welsh', () => {
  it('says which document is not JSON and where, in either language', async () => {
    const { english, welsh } = await damagedBy(
      "UPDATE assessments SET snapshot = '{\"id\": oops}' WHERE id = 'a1'",
      (store) => store.read('a1'),
    );
    expect(english).toMatchInlineSnapshot(
      `"The eqia store <file> holds the snapshot of "a1" that is not JSON (the first thing wrong is at line 1, column 8). Nothing was changed. Restore the file from your latest backup; to see what SQLite makes of it, run: sqlite3 "<file>" "PRAGMA integrity_check""`,
    );
    expect(welsh).toMatchInlineSnapshot(
      `"Mae’r storfa eqia <file> yn dal ciplun "a1" nad yw’n JSON (mae’r peth cyntaf sydd o’i le ar linell 1, colofn 8). Ni newidiwyd dim. Adferwch y ffeil o’ch copi wrth gefn diweddaraf; i weld beth a wna SQLite ohoni, rhedwch: sqlite3 "<file>" "PRAGMA integrity_check""`,
    );
  });

  it('says an event that is not JSON, and a summary in the row of another', async () => {
    const event = await damagedBy(
      "DROP TRIGGER events_no_update; UPDATE events SET event = '' WHERE assessment_id = 'a1' AND seq = 2",
      (store) => store.read('a1'),
    );
    expect(event.welsh).toMatchInlineSnapshot(
      `"Mae’r storfa eqia <file> yn dal digwyddiad 2 "a1" nad yw’n JSON (mae’r peth cyntaf sydd o’i le ar linell 1, colofn 1). Ni newidiwyd dim. Adferwch y ffeil o’ch copi wrth gefn diweddaraf; i weld beth a wna SQLite ohoni, rhedwch: sqlite3 "<file>" "PRAGMA integrity_check""`,
    );
    const other = await damagedBy(
      "UPDATE assessment_list SET summary = json_set(summary, '$.id', 'a2') WHERE id = 'a1'",
      (store) => store.listJson(),
    );
    expect(other.welsh).toMatchInlineSnapshot(
      `"Mae’r storfa eqia <file> yn dal crynodeb yn rhes "a1" nad yw’n perthyn i’r rhes honno. Ni newidiwyd dim. Adferwch y ffeil o’ch copi wrth gefn diweddaraf; i weld beth a wna SQLite ohoni, rhedwch: sqlite3 "<file>" "PRAGMA integrity_check""`,
    );
  });
});
