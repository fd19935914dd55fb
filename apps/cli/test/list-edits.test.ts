import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssessmentView } from '@eqia/sdk';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { cafcassStore, eqia } from './support/cli.js';

const id = 'virtual-hearings';

async function view(cwd: string): Promise<AssessmentView> {
  return JSON.parse((await eqia(cwd, ['show', id, '--json'])).stdout) as AssessmentView;
}

describe('correcting lists without the wizard', () => {
  let cwd: string;
  beforeEach(async () => {
    cwd = await cafcassStore([{ user: 'amara', answers: 'answers-full.json', id }]);
  });

  it('--remove takes an impact out with the actions that named it, when --yes confirms it', async () => {
    const run = await eqia(cwd, [
      'edit',
      id,
      '--user',
      'amara',
      '--remove',
      'impacts:imp-age-older-parties',
      '--yes',
    ]);
    expect(run.code, run.stderr).toBe(ExitCode.ok);
    expect(run.stdout).toContain('Removed impact [imp-age-older-parties]');
    const { assessment } = await view(cwd);
    expect(assessment.analysis.age?.impacts.map((impact) => impact.id)).toEqual(['imp-age-children']);
    expect(assessment.actions.find((action) => action.id === 'act-opt-out')?.impactIds).toEqual([
      'imp-disability-parents',
    ]);
  });

  it('without a terminal, --remove without --yes is refused and removes nothing', async () => {
    const run = await eqia(cwd, ['edit', id, '--user', 'amara', '--remove', 'evidence:ev-pilot']);
    expect(run.code).toBe(ExitCode.usage);
    expect(run.stderr).toContain('--yes');
    expect((await view(cwd)).assessment.evidence.items.map((item) => item.id)).toContain('ev-pilot');
  });

  it('names the lists, and the items a list holds, when the target is wrong', async () => {
    const badList = await eqia(cwd, [
      'edit',
      id,
      '--user',
      'amara',
      '--remove',
      'evidences:ev-pilot',
      '--yes',
    ]);
    expect(badList.code).toBe(ExitCode.usage);
    expect(badList.stderr).toContain('evidence, gaps, engagement, impacts, actions, combinations');
    const badItem = await eqia(cwd, ['edit', id, '--user', 'amara', '--remove', 'gaps:gap-nope', '--yes']);
    expect(badItem.code).toBe(ExitCode.notFound);
    expect(badItem.stderr).toContain('gap-trans-lgb, gap-ethnicity-outcomes, gap-bsl');
  });

  it('a user who may not edit is refused before anything changes', async () => {
    const run = await eqia(cwd, ['edit', id, '--user', 'julie', '--remove', 'actions:act-opt-out', '--yes']);
    expect(run.code).toBe(ExitCode.forbidden);
    expect((await view(cwd)).assessment.actions.map((action) => action.id)).toContain('act-opt-out');
  });

  it('--move puts an item at the position given', async () => {
    const run = await eqia(cwd, [
      'edit',
      id,
      '--user',
      'amara',
      '--move',
      'engagement:eng-domestic-abuse',
      '--to',
      '1',
    ]);
    expect(run.code, run.stderr).toBe(ExitCode.ok);
    expect((await view(cwd)).assessment.engagement.map((item) => item.id)).toEqual([
      'eng-domestic-abuse',
      'eng-fjypb',
      'eng-family-forum',
      'eng-staff-networks',
    ]);
    const noPlace = await eqia(cwd, ['edit', id, '--user', 'amara', '--move', 'engagement:eng-fjypb']);
    expect(noPlace.code).toBe(ExitCode.usage);
    expect(noPlace.stderr).toContain('--to <position>');
  });

  it('an exported answers file, with an item left out and one changed, edits and removes it with its links', async () => {
    const file = join(cwd, 'answers.json');
    const exported = await eqia(cwd, ['export', id, '--format', 'answers', '--out', file]);
    expect(exported.code, exported.stderr).toBe(ExitCode.ok);
    const answers = JSON.parse(await readFile(file, 'utf8'));
    answers.evidence.gaps = answers.evidence.gaps.filter((gap: { id: string }) => gap.id !== 'gap-bsl');
    answers.evidence.items[0].title = 'Caseload by ethnicity, 2025';
    await writeFile(file, JSON.stringify(answers));
    const run = await eqia(cwd, ['edit', id, '--user', 'amara', '--answers', file, '--json']);
    expect(run.code, run.stderr).toBe(ExitCode.ok);
    const { assessment } = JSON.parse(run.stdout) as AssessmentView;
    expect(assessment.evidence.items[0]?.title).toBe('Caseload by ethnicity, 2025');
    expect(assessment.evidence.gaps.map((gap) => gap.id)).not.toContain('gap-bsl');
    expect(JSON.stringify(assessment)).not.toContain('"gap-bsl"');
  });

  it('applying the exported answers file unchanged records nothing', async () => {
    const file = join(cwd, 'same.json');
    await eqia(cwd, ['export', id, '--format', 'answers', '--out', file]);
    const before = (await view(cwd)).version;
    expect((await eqia(cwd, ['edit', id, '--user', 'amara', '--answers', file])).code).toBe(ExitCode.ok);
    expect((await view(cwd)).version).toBe(before);
  });
});
