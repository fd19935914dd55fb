import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultProfile as profile } from '@eqia/core';
import { StoreBusyError } from '@eqia/sdk';
import { chainedAppend } from '@eqia/sdk/testing';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { freshFile } from './temp-files.js';

describe('opening a store', () => {
  it('touches nothing until init, and init makes the folder and file for this user only', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    expect(store.kind).toBe('sqlite');
    expect(store.location).toBe(file);
    expect(await store.exists()).toBe(false);
    await expect(store.read('a1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(store.append(chainedAppend('a1', 1))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(existsSync(dirname(file))).toBe(false);

    await store.init({ profile });
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await store.append(chainedAppend('a1', 1));
    await store.close();
    await store.close();
    // A closed store opens again on its next call.
    expect((await store.list()).map((summary) => summary.id)).toEqual(['a1']);
    await store.close();
  });

  it('gives a StoreBusyError, and writes nothing, when another connection holds the write lock too long', async () => {
    const file = freshFile();
    const store = openSqliteStore(file, { busyTimeoutMs: 200 });
    await store.init({ profile });
    await store.append(chainedAppend('a1', 1));

    const holder = new Database(file, { fileMustExist: true });
    holder.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    const failure = await store.append(chainedAppend('a2', 1)).catch((error: unknown) => error);
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    // Reads go on while a writer holds the lock: WAL readers never wait for writers.
    expect((await store.list()).map((summary) => summary.id)).toEqual(['a1']);
    holder.exec('ROLLBACK');
    holder.close();
    expect(failure).toBeInstanceOf(StoreBusyError);
    expect((failure as Error).message.replace(file, '<file>')).toMatchInlineSnapshot(
      `"The eqia store <file> stayed busy for more than 0.2 s: another process held its write lock all that time. Nothing was written; try again, and if it keeps happening look for an eqia process that is stuck."`,
    );
    await store.append(chainedAppend('a2', 1));
    expect((await store.list()).map((summary) => summary.id).sort()).toEqual(['a1', 'a2']);
    await store.close();
  });
  it('stops waiting for the write lock when the call is aborted, and writes nothing', async () => {
    const file = freshFile();
    const store = openSqliteStore(file, { busyTimeoutMs: 10_000 });
    await store.init({ profile });
    const holder = new Database(file, { fileMustExist: true });
    holder.exec('BEGIN IMMEDIATE');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const failure = await store
      .append(chainedAppend('a1', 1), { signal: controller.signal })
      .catch((error: unknown) => error);
    expect(performance.now() - started).toBeLessThan(2_000);
    holder.exec('ROLLBACK');
    holder.close();
    expect(failure).toMatchObject({ code: 'CANCELLED', name: 'AbortError' });
    expect(await store.list()).toEqual([]);
    await store.close();
  });
});
