import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EqualityDataEntry, OrganisationData } from '@eqia/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from './support/binary.js';
import { eqia, examples, tempDir } from './support/cli.js';

const as = (cwd: string, user: string, argv: string[]) => runBinary(cwd, [...argv, '--user', user]);

describe('eqia data, on the built CLI', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await tempDir();
    expect((await runBinary(cwd, ['init', '--profile', 'cafcass'])).code).toBe(0);
  }, 60_000);

  it("imports a year's workforce, baseline and pay gap from CSV files, and shows them suppressed", async () => {
    const imports = [
      ['baseline', join(examples, 'census-ethnic-group.csv'), '--set', 'ethnic_group', '--area', 'England'],
      [
        'workforce',
        join(examples, 'workforce-ethnic-group.csv'),
        '--set',
        'ethnic_group',
        '--period',
        '2025-26',
      ],
      ['workforce', join(examples, 'workforce-religion.csv'), '--set', 'religion', '--period', '2025-26'],
      ['pay-gap', join(examples, 'gender-pay-gap.csv'), '--period', '2025-26', '--snapshot', '2025-03-31'],
    ];
    for (const argv of imports) {
      const run = await as(cwd, 'julie', ['data', 'import', ...argv]);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^✓ Imported: /);
    }
    const listed = JSON.parse(
      (await as(cwd, 'val', ['data', 'list', '--json'])).stdout,
    ) as EqualityDataEntry[];
    expect(listed.map((entry) => entry.data.kind)).toEqual([
      'population',
      'population',
      'population',
      'pay_gap',
    ]);

    const figures = JSON.parse((await as(cwd, 'val', ['data', 'show', '--json'])).stdout) as OrganisationData;
    const religion = figures.profiles.find((profile) => profile.categorySet.id === 'religion');
    // Jewish (4) and Sikh (3) staff are under the threshold of 5: neither count is shown anywhere.
    expect(religion?.rows.filter((row) => row.count === null).map((row) => row.id)).toEqual([
      'jewish',
      'sikh',
    ]);
    expect(JSON.stringify(figures)).not.toMatch(/"count":[34]\b/);
    const shown = await as(cwd, 'val', ['data', 'show']);
    expect(shown.stdout).toContain('Jewish: suppressed');
    expect(shown.stdout).toContain(
      'Black, Black British, Black Welsh, Caribbean or African: 254 11.0% against 4.2% (over-represented)',
    );
    expect(shown.stdout).toContain('Hourly pay gap: mean -0.2%, median 0.0%');

    const report = await runBinary(cwd, [
      'report',
      '--from',
      '2025-04-01',
      '--to',
      '2026-03-31',
      '--format',
      'md',
    ]);
    expect(report.code).toBe(0);
    for (const part of ['## Workforce and caseload', '## Pay gaps', '## Engagement', '## What comes next'])
      expect(report.stdout).toContain(part);
    expect(report.stdout).toContain('| Jewish | Suppressed | — |');
    expect(report.stdout).toContain('Our gender pay gap is -0.2% (mean) and 0.0% (median)');
    expect(report.stdout).toContain(
      '| Kaleidoscope | Staff network: staff from Black, Asian and minority ethnic backgrounds. |',
    );
  }, 60_000);

  it('names the row and column of a bad CSV, refuses who may not import, and keeps nothing', async () => {
    const before = (await as(cwd, 'julie', ['data', 'history', '--json'])).stdout;
    const bad = join(cwd, 'bad-pay.csv');
    await writeFile(bad, 'measure,value\nmean_hourly_gap,-0.2\nmedian_hourly_gap,lots\n');
    const run = await as(cwd, 'julie', [
      'data',
      'import',
      'pay-gap',
      bad,
      '--period',
      '2025-26',
      '--snapshot',
      '2025-03-31',
    ]);
    expect(run.code).toBe(6);
    expect(run.stderr).toContain('line 3, column value: "lots" is not a number');
    expect(run.stderr).toContain('missing: add a row "bonus_paid_men,<percent>"');

    const refused = await as(cwd, 'amara', [
      'data',
      'import',
      'workforce',
      join(examples, 'workforce-religion.csv'),
      '--set',
      'religion',
      '--period',
      '2025-26',
    ]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('only an equality lead or an admin may');

    const usage = await as(cwd, 'julie', ['data', 'import', 'pay-gap', bad, '--period', '2025-26']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Pass --snapshot <YYYY-MM-DD>');
    expect((await as(cwd, 'julie', ['data', 'history', '--json'])).stdout).toBe(before);

    // A CSV piped in is named as standard input in the run's language, never in English in Welsh.
    const piped = ['data', 'import', 'pay-gap', '-', '--period', '2025-26', '--snapshot', '2025-03-31'];
    const badCsv = 'measure,value\nmedian_hourly_gap,lots\n';
    const english = await eqia(cwd, [...piped, '--user', 'julie'], {}, { stdin: badCsv });
    expect(english.code).toBe(6);
    expect(english.stderr).toContain('The pay gap CSV (standard input)');
    const welsh = await eqia(cwd, ['--lang', 'cy', ...piped, '--user', 'julie'], {}, { stdin: badCsv });
    expect(welsh.code).toBe(6);
    expect(welsh.stderr).toContain('CSV y bwlch cyflog (mewnbwn safonol)');
    expect((await as(cwd, 'julie', ['data', 'history', '--json'])).stdout).toBe(before);

    const noYear = await runBinary(cwd, [
      'report',
      '--from',
      '2025-04-01',
      '--to',
      '2026-03-31',
      '--data-period',
      '2019-20',
    ]);
    expect(noYear.code).toBe(2);
    expect(noYear.stderr).toContain('There is no equality data for "2019-20"');
  }, 60_000);
});

describe('the demo', () => {
  it('publishes an annual report with a year of workforce, caseload and pay gap data, in every format', async () => {
    const cwd = await tempDir();
    expect((await runBinary(cwd, ['demo'])).code).toBe(0);
    const period = ['--from', '2025-04-01', '--to', '2026-03-31'];
    const html = await runBinary(cwd, ['report', ...period, '--format', 'html']);
    expect(html.stdout).toContain('<h2 id="profiles-heading">Workforce and caseload</h2>');
    expect(html.stdout).toContain('Gender pay gap');
    const json = JSON.parse((await runBinary(cwd, ['report', ...period, '--format', 'json'])).stdout);
    expect(json).toMatchObject({ format: 'eqia.annual-report', formatVersion: 8 });
    expect(json.data.period).toBe('2025-26');
    expect(json.data.profiles.map((profile: { population: string }) => profile.population)).toEqual([
      'workforce',
      'workforce',
      'workforce',
      'workforce',
      'caseload',
      'caseload',
    ]);
    expect(json.data.payGaps.map((gap: { dimension: string }) => gap.dimension)).toEqual([
      'sex',
      'ethnicity',
      'disability',
    ]);
    expect(json.engagement.map((kind: { kind: string }) => kind.kind)).toEqual([
      'staff_network',
      'board',
      'forum',
    ]);
    expect(json.next.milestones.length).toBeGreaterThan(0);
  }, 120_000);
});
