import { join } from 'node:path';
import type { AssessmentSummary } from '@eqia/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { eqia, tempDir } from './support/cli.js';

describe('eqia demo', () => {
  let cwd: string;
  let demo: string;
  beforeAll(async () => {
    cwd = await tempDir();
    const run = await eqia(cwd, ['demo']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    demo = run.stdout;
  }, 60_000);

  it('says each sample’s state as `eqia list` does, then what it adds', async () => {
    const rows = (await eqia(cwd, ['list'])).stdout.split('\n').slice(1, -1);
    const listed = new Map(rows.map((row) => [row.split(/\s+/)[0], row.split(/\s{2,}/)[1]]));
    const table = demo.split('\n\n')[1]?.split('\n').slice(1) ?? [];
    expect(table.map((row) => row.split(/\s{2,}/).slice(0, 2))).toEqual([
      ['fhdra-pathfinder', listed.get('fhdra-pathfinder')],
      ['fhdra-video', `${listed.get('fhdra-video')}, julie (equality lead) is next`],
      ['fhdra-pilot', `${listed.get('fhdra-pilot')}, review due`],
      ['fhdra-pathfinder-r2', `${listed.get('fhdra-pathfinder-r2')}, revision 2`],
      ['hybrid-working', listed.get('hybrid-working')],
      ['stationery-contract', listed.get('stationery-contract')],
    ]);
    expect(listed.get('fhdra-pathfinder-r2')).toBe('draft');
  });

  it('creates sample assessments in every state people meet', async () => {
    const run = await eqia(cwd, ['list', '--json']);
    const summaries = JSON.parse(run.stdout) as AssessmentSummary[];
    const stateOf = (id: string) => summaries.find((summary) => summary.id === id)?.state;
    expect(stateOf('fhdra-pathfinder')).toBe('published');
    expect(stateOf('fhdra-video')).toBe('in_review');
    expect(stateOf('fhdra-pilot')).toBe('signed_off');
    expect(stateOf('hybrid-working')).toBe('draft');
    expect(stateOf('stationery-contract')).toBe('screened_out');
    expect(
      summaries.some((summary) => summary.revision === 2 && summary.supersedes === 'fhdra-pathfinder'),
    ).toBe(true);
  });

  it('has a review due and overdue actions, so `eqia due` exits 1', async () => {
    const run = await eqia(cwd, ['due', '--json']);
    expect(run.code).toBe(1);
    const due = JSON.parse(run.stdout) as { reviews: { id: string }[] };
    expect(due.reviews.map((review) => review.id)).toEqual(['fhdra-pilot']);
  });

  it('keeps every audit chain intact, the objectives’ too', async () => {
    const run = await eqia(cwd, ['verify']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('fhdra-pathfinder');
    expect(run.stdout).toContain('✓ objective leadership-and-commitment: 7 log entries verify');
  });

  it('has the four equality objectives of the strategy, owned by senior leaders, a year of updates each', async () => {
    const run = await eqia(cwd, ['objectives', 'list', '--json']);
    const objectives = JSON.parse(run.stdout) as { title: string; owner: string; status: string }[];
    expect(objectives.map(({ title, owner, status }) => `${title}: ${owner}, ${status}`)).toEqual([
      'Better data and insight, used well: owen, in_progress',
      'Leadership and commitment: nadia, in_progress',
      'People, culture and environment: rachel, in_progress',
      'Skilled and confident practitioners: sam, in_progress',
    ]);
    const shown = await eqia(cwd, ['objectives', 'show', 'better-data-and-insight-used-well']);
    expect(shown.stdout).toContain('No progress recorded since');
  });

  it('publishes the annual equality report with the objectives, and the Board report, without any JSON by hand', async () => {
    const annual = await eqia(cwd, [
      'report',
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
      '--format',
      'md',
    ]);
    expect(annual.stdout).toContain('## Our equality objectives');
    expect(annual.stdout).toContain('### Objective 1: Better data and insight, used well');
    expect(annual.stdout).toContain('The period runs to 31 December 2026 and is not over yet');
    const board = await eqia(cwd, ['objectives', 'report', '--as-of', '2026-11-23', '--format', 'md']);
    expect(board.stdout).toContain('# Equality objectives: progress to 23 November 2026');
    expect(board.stdout).toContain('| People, culture and environment | Rachel Osei |');
    const html = await eqia(cwd, ['objectives', 'report', '--out', 'board.html']);
    expect(html.code).toBe(0);
    const json = JSON.parse((await eqia(cwd, ['objectives', 'report', '--format', 'json'])).stdout);
    expect(json).toMatchObject({ format: 'eqia.objectives-board-report', formatVersion: 1 });
  });

  it('exports an assessment as HTML, Markdown, CSV and JSON, and the JSON imports into another store', async () => {
    const html = await eqia(cwd, ['export', 'fhdra-pathfinder', '--format', 'html']);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(html.stdout).not.toContain('<script');
    expect((await eqia(cwd, ['export', 'fhdra-pathfinder', '--format', 'md'])).stdout).toContain('# ');
    expect(
      (await eqia(cwd, ['export', 'fhdra-pathfinder', '--format', 'csv'])).stdout.split('\n')[0],
    ).toContain('Action id');
    await eqia(cwd, ['export', 'fhdra-pathfinder', '--out', 'fhdra.json']);
    const other = await tempDir();
    await eqia(other, ['init', '--profile', 'cafcass']);
    const imported = await eqia(other, ['import', join(cwd, 'fhdra.json'), '--user', 'ops', '--json']);
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout).status.state).toBe('published');
    expect((await eqia(other, ['verify', 'fhdra-pathfinder'])).code).toBe(0);
  });

  it('writes the annual equality report for a period', async () => {
    const run = await eqia(cwd, ['report', '--from', '2025-01-01', '--to', '2026-12-31', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toBeTypeOf('object');
    const markdown = await eqia(cwd, ['report', '--from', '2025-01-01', '--to', '2026-12-31']);
    expect(markdown.stdout).toContain('#');
    expect((await eqia(cwd, ['report', '--from', '2026-12-31', '--to', '2025-01-01'])).code).toBe(2);
  });

  it('refuses to overwrite an existing store', async () => {
    const run = await eqia(cwd, ['demo']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--store ./eqia-demo');
  });
});
