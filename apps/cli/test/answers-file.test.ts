import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '@eqia/core';
import type { AssessmentView } from '@eqia/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { cafcassStore, eqia, examples, tempDir } from './support/cli.js';

const exampleNow = { EQIA_NOW: '2026-03-02T10:00:00Z' };

// docs/cli.md names the example answers files and the profile they are complete under.
const examplesParagraph = (() => {
  const docs = readFileSync(join(import.meta.dirname, '../../../docs/cli.md'), 'utf8');
  const start = docs.indexOf('Examples, each complete under');
  return docs.slice(start, docs.indexOf('A short one', start));
})();
const documentedProfile = /`eqia init --profile ([\w-]+)`/.exec(examplesParagraph)?.[1];
const documentedExamples = [
  ...examplesParagraph.matchAll(/\]\(\.\.\/apps\/cli\/examples\/([\w-]+\.json)\)/g),
].map((match) => match[1] ?? '');

describe('the example answers files', () => {
  it('are each named in docs/cli.md with the profile they are complete under', () => {
    expect(documentedProfile).toBeDefined();
    const files = readdirSync(examples).filter((file) => file.startsWith('answers-'));
    expect(documentedExamples.toSorted()).toEqual(files.toSorted());
  });

  it.each(documentedExamples)('%s checks with no error under the documented profile', async (file) => {
    const cwd = await tempDir();
    await eqia(cwd, ['init', '--profile', documentedProfile ?? '']);
    const created = await eqia(
      cwd,
      ['new', '--user', 'ben', '--answers', join(examples, file), '--json'],
      exampleNow,
    );
    expect(created.code, created.stderr).toBe(ExitCode.ok);
    const { assessment } = JSON.parse(created.stdout) as AssessmentView;
    const check = await eqia(cwd, ['check', assessment.id, '--json'], exampleNow);
    const errors = (JSON.parse(check.stdout) as Finding[]).filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
    expect(check.code).toBe(ExitCode.ok);
  });
});

describe('answers files', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await cafcassStore();
  });

  it('the full example creates a complete assessment that passes the checks and can be submitted', async () => {
    const run = await eqia(
      cwd,
      ['new', '--user', 'amara', '--answers', join(examples, 'answers-full.json'), '--json'],
      exampleNow,
    );
    expect(run.code).toBe(ExitCode.ok);
    const view = JSON.parse(run.stdout) as AssessmentView;
    expect(view.status.state).toBe('assessing');
    expect(view.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(view.assessment.engagement.every((entry) => entry.audience)).toBe(true);
    expect((await eqia(cwd, ['submit', view.assessment.id, '--user', 'amara'], exampleNow)).code).toBe(
      ExitCode.ok,
    );
  });

  it('the screening example records a screened-out assessment', async () => {
    const run = await eqia(cwd, [
      'new',
      '--user',
      'ben',
      '--answers',
      join(examples, 'answers-screening.json'),
      '--json',
    ]);
    const view = JSON.parse(run.stdout) as AssessmentView;
    expect(view.status.state).toBe('screened_out');
    expect(view.assessment.screening.related).toHaveLength(1);
    // The file cites its evidence and the assessment it relies on, and names its team.
    const rules = view.findings.map((finding) => finding.ruleId);
    for (const rule of ['screening-out-evidenced', 'more-than-one-mind', 'evidence-strength-stated'])
      expect(rules).not.toContain(rule);
  });

  it('edit applies only the sections in the file, and applying it twice records nothing new', async () => {
    await writeFile(
      join(cwd, 'base.json'),
      JSON.stringify({ id: 'two', policy: { title: 'Two', team: 'Ops' } }),
    );
    await eqia(cwd, ['new', '--user', 'ben', '--answers', 'base.json']);
    const decision = { decision: { maker: 'The board', makerRole: 'Chair' } };
    await writeFile(join(cwd, 'decision.json'), JSON.stringify(decision));
    const first = await eqia(cwd, ['edit', 'two', '--user', 'ben', '--answers', 'decision.json', '--json']);
    const view = JSON.parse(first.stdout) as AssessmentView;
    expect(view.assessment.decision.maker).toBe('The board');
    expect(view.assessment.policy.team).toBe('Ops');
    const again = await eqia(cwd, ['edit', 'two', '--user', 'ben', '--answers', 'decision.json', '--json']);
    expect(JSON.parse(again.stdout).summary.version).toBe(view.summary.version);
    // Said so, rather than "Saved".
    const said = await eqia(cwd, ['edit', 'two', '--user', 'ben', '--answers', 'decision.json']);
    expect(said.stdout).toBe('✓ Nothing to save (the answers change nothing): "Two" (two) is draft.\n');
    await writeFile(join(cwd, 'decision.json'), JSON.stringify({ decision: { maker: 'The council' } }));
    const saved = await eqia(cwd, ['edit', 'two', '--user', 'ben', '--answers', 'decision.json']);
    expect(saved.stdout).toMatch(/^✓ Saved: /);
  });

  it('an invalid file is refused with each bad path named, and nothing is created', async () => {
    const bad = {
      policy: { title: 'Bad', kind: 'law' },
      screening: { answers: { age: { relevance: 'maybe' } } },
      actions: [{ id: 'a 1', description: '' }],
      colour: 'blue',
    };
    await writeFile(join(cwd, 'bad.json'), JSON.stringify(bad));
    const run = await eqia(cwd, ['new', '--user', 'ben', '--answers', 'bad.json']);
    expect(run.code).toBe(ExitCode.validation);
    expect(run.stderr).toMatchInlineSnapshot(`
      "eqia new: The answers file bad.json is not valid:
        - policy.kind: give one of "policy", "procedure", "strategy", "service_change", "restructure", "procurement", "budget", "project", "other"
        - screening.answers.age.relevance: give one of "yes", "no", "unsure"
        - actions.0.id: use letters, digits, and . _ : - only (no spaces)
        - actions.0.description: describe the action
        - (root): not a field here: "colour" (check its spelling, or remove it)
      "
    `);
    const list = await eqia(cwd, ['list', '--json']);
    expect(JSON.parse(list.stdout).map((summary: { title: string }) => summary.title)).not.toContain('Bad');
  });

  it('a misspelt key is refused at any depth, in English and Welsh, rather than dropped with its text', async () => {
    const typo = { policy: { title: 'Typo', summry: 'What the policy does', kind: 'policy' } };
    await writeFile(join(cwd, 'typo.json'), JSON.stringify(typo));
    const run = await eqia(cwd, ['new', '--user', 'ben', '--answers', 'typo.json']);
    expect(run.code).toBe(ExitCode.validation);
    expect(run.stderr).toMatchInlineSnapshot(`
      "eqia new: The answers file typo.json is not valid:
        - policy: not a field here: "summry" (check its spelling, or remove it)
      "
    `);
    const welsh = await eqia(cwd, ['new', '--user', 'ben', '--lang', 'cy', '--answers', 'typo.json']);
    expect(welsh.stderr).toMatchInlineSnapshot(`
      "eqia new: Nid yw’n ddilys (Y ffeil atebion typo.json):
        - policy: Allwedd(i) anhysbys: "summry"
      "
    `);
    const list = await eqia(cwd, ['list', '--json']);
    expect(JSON.parse(list.stdout).map((summary: { title: string }) => summary.title)).not.toContain('Typo');
  });

  it('a file that is not JSON, or missing, says so', async () => {
    await writeFile(join(cwd, 'broken.json'), '{ "policy": ');
    const broken = await eqia(cwd, ['new', '--user', 'ben', '--answers', 'broken.json']);
    expect(broken.code).toBe(ExitCode.validation);
    expect(broken.stderr).toContain('broken.json is not valid JSON');
    const missing = await eqia(cwd, ['new', '--user', 'ben', '--answers', 'nowhere.json']);
    expect(missing.code).toBe(ExitCode.notFound);
    expect(missing.stderr).toMatch(/No such file: .*nowhere\.json/);
  });
});
