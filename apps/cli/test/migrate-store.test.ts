import { beforeAll, describe, expect, it } from 'vitest';
import { eqia, tempDir } from './support/cli.js';

// Into PostgreSQL this is covered by packages/store-postgres; here the same command copies between file
// stores, so it is tested wherever the CLI is.
describe('eqia migrate-store', () => {
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

  it('names the missing flag', async () => {
    const run = await eqia(cwd, ['migrate-store', '--from', '.eqia']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--to');
  });
});
