import type { AssessmentSummary } from '@eqia/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { eqia, tempDir } from './support/cli.js';

describe('eqia demo', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await tempDir();
    const run = await eqia(cwd, ['demo']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 60_000);

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

  it('keeps every audit chain intact', async () => {
    const run = await eqia(cwd, ['verify']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('fhdra-pathfinder');
  });

  it('refuses to overwrite an existing store', async () => {
    const run = await eqia(cwd, ['demo']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--store ./eqia-demo');
  });
});
