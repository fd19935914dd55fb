import { defaultProfile as profile } from '@eqia/core';
import { listingOf } from '@eqia/sdk';
import { chainedAppend } from '@eqia/sdk/testing';
import { expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

it('the events table refuses UPDATE and DELETE from any connection, and the log stays as written', async () => {
  const file = freshFile();
  const store = openSqliteStore(file);
  await store.init({ profile });
  const request = chainedAppend('a1', 2);
  await store.append(request);

  withRawDatabase(file, (db) => {
    expect(() => db.prepare("UPDATE events SET hash = 'forged' WHERE seq = 1").run()).toThrow(
      /append-only: UPDATE on events is refused/,
    );
    expect(() => db.prepare('DELETE FROM events WHERE seq = 2').run()).toThrow(
      /append-only: DELETE on events is refused/,
    );
    // Nor can an assessment be removed from under its log.
    expect(() => db.prepare("DELETE FROM assessments WHERE id = 'a1'").run()).toThrow(/FOREIGN KEY/);
  });

  expect((await store.read('a1'))?.events).toEqual(request.events);
  await store.close();
});

it('each document is kept once, where its readers read it: an edit by hand shows in every read', async () => {
  const file = freshFile();
  const store = openSqliteStore(file);
  await store.init({ profile });
  await store.append(chainedAppend('a1', 2));

  withRawDatabase(file, (db) => {
    const columns = db.prepare("SELECT name FROM pragma_table_info('assessments')").pluck().all();
    expect(columns).not.toContain('summary');
    expect(columns).not.toContain('digest');
    db.prepare("UPDATE assessment_list SET summary = json_set(summary, '$.title', 'by hand')").run();
  });

  expect((await store.list()).map((summary) => summary.title)).toEqual(['by hand']);
  expect(JSON.parse(await store.listJson())).toEqual((await store.list()).map(listingOf));
  expect((await store.read('a1'))?.summary.title).toBe('by hand');
  expect((await store.readSnapshots!())[0]?.summary.title).toBe('by hand');
  await store.close();
});

it('the equality data table refuses UPDATE and DELETE, so an import is never lost', async () => {
  const file = freshFile();
  const store = openSqliteStore(file);
  await store.init({ profile });
  const entry = {
    recordedAt: '2026-04-01T09:00:00.000Z',
    recordedBy: 'julie',
    data: {
      kind: 'population' as const,
      profile: {
        population: { kind: 'workforce' as const, label: 'Staff' },
        characteristic: 'disability',
        categorySet: 'disability',
        level: 'groups' as const,
        period: '2025-26',
        area: 'whole organisation',
        source: '',
        counts: { disabled: 120, not_disabled: 880 },
      },
    },
  };
  await store.appendEqualityData(entry);
  withRawDatabase(file, (db) => {
    expect(() => db.prepare("UPDATE equality_data SET entry = '{}'").run()).toThrow(
      /append-only: UPDATE on equality_data is refused/,
    );
    expect(() => db.prepare('DELETE FROM equality_data').run()).toThrow(/append-only: DELETE/);
  });
  expect(await store.listEqualityData()).toEqual([entry]);
  await store.close();
});
