import { beforeAll, describe, expect, it } from 'vitest';
import { cafcassStore, eqia } from './support/cli.js';

describe('eqia show --section', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await cafcassStore([{ user: 'amara', answers: 'answers-full.json', id: 'full' }]);
  });

  it('prints the decision notes, as the Markdown export does', async () => {
    const run = await eqia(cwd, ['show', 'full', '--section', 'decision']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Notes: The full assessment, with the engagement summaries, goes to CMT with the decision paper.',
    );
  });

  it('prints who carried out the assessment and the limits of each piece of evidence', async () => {
    expect((await eqia(cwd, ['show', 'full', '--section', 'policy'])).stdout).toContain('Assessed by: ');
    expect((await eqia(cwd, ['show', 'full', '--section', 'evidence'])).stdout).toContain('limits: ');
  });

  it('names the policy owner and who screened it, never by user id', async () => {
    const run = await eqia(cwd, ['show', 'full', '--section', 'policy']);
    expect(run.stdout).toContain('Owner: Amara Okafor');
    expect(run.stdout).not.toMatch(/Owner: amara\b/);
    const screening = await eqia(cwd, ['show', 'full', '--section', 'screening']);
    expect(screening.stdout).toContain('(Amara Okafor)');
    expect(screening.stdout).not.toContain('(amara)');
  });

  it('list names owners, never by user id', async () => {
    const list = await eqia(cwd, ['list']);
    expect(list.stdout).toContain('Amara Okafor');
    expect(list.stdout).not.toMatch(/\bamara\b/);
  });
});
