import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eqiaBuilt as eqia } from './support/binary.js';
import { tempDir } from './support/cli.js';

/** A store written by eqia 0.1 in the file layout (the demo's hybrid-working and stationery-contract). */
const oldLayout = new URL('../../../packages/sdk/test/fixtures/file-layout-store/', import.meta.url).pathname;

describe('eqia migrate-store: a store of the old file layout', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await tempDir();
    await cp(oldLayout, join(cwd, '.eqia'), { recursive: true });
  });

  it('is refused by every other command, which says how to move it', async () => {
    for (const argv of [['list'], ['show', 'hybrid-working'], ['init'], ['demo']]) {
      const run = await eqia(cwd, argv);
      expect(run.code, argv.join(' ')).toBe(9);
      expect(run.stderr).toContain('Move it with `eqia migrate-store`');
    }
    expect((await readdir(join(cwd, '.eqia'))).sort()).toEqual(['assessments', 'index.json', 'profile.json']);
  });

  it('moves into SQLite in the same directory, chains verified, the old files left as they were', async () => {
    const run = await eqia(cwd, ['migrate-store']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Copied 2 assessments \(\d+ log entries, and the profile\)/);
    const listed = JSON.parse((await eqia(cwd, ['list', '--json'])).stdout) as { id: string }[];
    expect(listed.map((summary) => summary.id).sort()).toEqual(['hybrid-working', 'stationery-contract']);
    expect((await eqia(cwd, ['verify'])).code).toBe(0);
    expect(await readdir(join(cwd, '.eqia', 'assessments'))).toHaveLength(2);
  });

  it('is not moved twice: a store already in SQLite needs --to', async () => {
    const run = await eqia(cwd, ['migrate-store']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('already in SQLite: say where to copy it with --to');
  });
});

describe('eqia migrate-store: copying a store', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await tempDir();
    expect((await eqia(cwd, ['demo'])).code).toBe(0);
  }, 60_000);

  it('copies every assessment with its log and profile, and the copy verifies', async () => {
    const run = await eqia(cwd, ['migrate-store', '--from', '.eqia', '--to', 'copy']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Copied 6 assessments \(\d+ log entries, and the profile\)/);
    const original = JSON.parse((await eqia(cwd, ['list', '--json'])).stdout);
    const copy = JSON.parse((await eqia(cwd, ['--store', 'copy', 'list', '--json'])).stdout);
    expect(copy).toEqual(original);
    expect((await eqia(cwd, ['--store', 'copy', 'verify'])).code).toBe(0);
  });

  it('refuses a target that already holds assessments, writing nothing', async () => {
    const run = await eqia(cwd, ['migrate-store', '--from', '.eqia', '--to', 'copy']);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('already holds 6 assessments');
  });
});
