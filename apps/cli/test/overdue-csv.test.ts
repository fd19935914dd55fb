import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from './support/binary.js';
import { tempDir } from './support/cli.js';

// The annual report lists the longest overdue actions; the whole list goes to a spreadsheet, on the built binary.

describe('eqia report --overdue-csv', () => {
  let cwd: string;
  const run = (argv: string[]) =>
    runBinary(cwd, ['--user', 'amara', ...argv], { env: { EQIA_CONFIG: join(cwd, 'config.json') } });
  const report = ['report', '--from', '2025-01-01', '--to', '2026-12-31', '--format', 'md'];

  beforeAll(async () => {
    cwd = await tempDir();
    expect((await run(['demo'])).code).toBe(0);
  }, 120_000);

  it('writes every overdue action as CSV beside the report', async () => {
    const written = await run([...report, '--out', 'annual.md', '--overdue-csv', 'overdue.csv']);
    expect(written.code, written.stderr).toBe(0);
    const csv = await readFile(join(cwd, 'overdue.csv'), 'utf8');
    // With a byte order mark, so a spreadsheet reads it as UTF-8.
    expect(csv.split(/\r?\n/)[0]).toBe('\ufeffAssessment id,Assessment,Team,Action id,Action,Owner,Due date');
    expect(csv.trim().split(/\r?\n/).length).toBeGreaterThan(1);
    // The demo's few overdue actions all fit the report's list, so it needs no pointer to the file.
    const listed = (await readFile(join(cwd, 'annual.md'), 'utf8')).match(/overdue/gi) ?? [];
    expect(listed.length).toBeGreaterThan(0);
  });

  it('will not replace an existing file without --force, and names the option that gave it', async () => {
    const again = await run([...report, '--overdue-csv', 'overdue.csv']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--overdue-csv \S*overdue\.csv already exists: pass --force/);
  });

  it('refuses standard output for the list: the report itself goes there', async () => {
    const piped = await run([...report, '--overdue-csv', '-']);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain('--overdue-csv needs a file name');
  });
});
