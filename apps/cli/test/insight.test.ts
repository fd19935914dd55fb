import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eqia, examples, insightExample, tempDir } from './support/cli.js';

const compare = ['insight', ...insightExample];

describe('eqia insight', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await tempDir();
    expect((await eqia(cwd, ['demo'])).code).toBe(0);
  }, 60_000);

  it('prints the comparison with flags, rolled up to the five groups the baseline has', async () => {
    const run = await eqia(cwd, compare);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /\| Black, Black British, Black Welsh, Caribbean or African \| 77 \|.*Over-represented/,
    );
    expect(run.stdout).toMatch(/\| Asian, Asian British or Asian Welsh \| 108 \|.*Under-represented/);
  });

  it('gives the analysis as JSON', async () => {
    const run = await eqia(cwd, [...compare, '--json']);
    expect(run.code).toBe(0);
    const analysis = JSON.parse(run.stdout) as { rows: unknown[] };
    expect(analysis.rows).toHaveLength(5);
  });

  it('attaches the result to an assessment as evidence, through the audit log', async () => {
    const created = await eqia(cwd, [
      'new',
      '--user',
      'amara',
      '--answers',
      join(examples, 'answers-full.json'),
    ]);
    expect(created.code).toBe(0);
    const run = await eqia(cwd, [
      ...compare,
      '--user',
      'amara',
      '--attach',
      'eqia-2026-007',
      '--evidence-id',
      'ev-ethnicity-2024',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const shown = JSON.parse((await eqia(cwd, ['show', 'eqia-2026-007', '--json'])).stdout);
    const item = shown.assessment.evidence.items.find((e: { id: string }) => e.id === 'ev-ethnicity-2024');
    expect(item.characteristics).toEqual(['race']);
    expect(item.disparity).toBeDefined();
    expect((await eqia(cwd, ['verify', 'eqia-2026-007'])).code).toBe(0);
  });

  it('names the file and line of a bad CSV, and a missing file', async () => {
    await writeFile(join(cwd, 'bad.csv'), 'category,count\nwhite,12\nmartian,3\n');
    const bad = await eqia(cwd, [...compare.slice(0, 2), join(cwd, 'bad.csv'), ...compare.slice(3)]);
    expect(bad.code).toBe(6);
    expect(bad.stderr).toContain('bad.csv');
    expect(bad.stderr).toContain('line 3');
    const missing = await eqia(cwd, ['insight', '--population', 'nope.csv', ...compare.slice(3)]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('No such file');
  });
});
