import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssessmentView } from '@eqia/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { cafcassStore, eqia } from './support/cli.js';

const record = {
  id: 'library-2023',
  policy: {
    title: 'Library opening hours 2023',
    aims: 'Shorter hours at two branches.',
    audiences: ['service_users'],
    assessmentTeam: [{ name: 'Eleri Jones', role: 'Libraries manager' }],
  },
  decision: { maker: 'Cabinet', date: '2023-07-09' },
  evidence: { items: [{ id: 'ev-visits', kind: 'data', title: 'Visits by hour', date: '2023-03' }] },
};

describe('eqia import of a plain assessment record', () => {
  let cwd: string;
  const write = async (name: string, content: unknown) => {
    const file = join(cwd, name);
    await writeFile(file, JSON.stringify(content));
    return file;
  };
  beforeAll(async () => {
    cwd = await cafcassStore();
  });

  it('records the import as the first event, with the file it came from', async () => {
    const file = await write('library.json', record);
    const run = await eqia(cwd, ['import', file, '--user', 'amara', '--json']);
    expect(run.code).toBe(ExitCode.ok);
    const view = JSON.parse(run.stdout) as AssessmentView;
    expect(view.assessment.provenance).toMatchObject({ source: file, importedBy: 'amara' });
    expect(view.assessment.evidence.items[0]?.date).toBe('2023-03');
    const history = await eqia(cwd, ['history', 'library-2023', '--json']);
    expect(JSON.parse(history.stdout)[0]).toMatchObject({ type: 'create' });
  });

  it('names each JSON path that is wrong, and stores nothing', async () => {
    const file = await write('bad.json', { ...record, id: 'bad', policy: { aims: 'x' }, decison: {} });
    const run = await eqia(cwd, ['import', file, '--user', 'amara']);
    expect(run.code).toBe(ExitCode.validation);
    expect(run.stderr).toContain('policy.title');
    expect(run.stderr).toContain('decison');
    expect((await eqia(cwd, ['show', 'bad'])).code).toBe(ExitCode.notFound);
  });

  it('refuses a key no schema knows, at any depth, rather than dropping what it holds', async () => {
    const file = await write('nested.json', {
      ...record,
      id: 'nested',
      policy: { ...record.policy, summry: 'What the policy does' },
    });
    const run = await eqia(cwd, ['import', file, '--user', 'amara']);
    expect(run.code).toBe(ExitCode.validation);
    expect(run.stderr).toContain('- policy: not a field here: "summry" (check its spelling, or remove it)');
    expect((await eqia(cwd, ['show', 'nested'])).code).toBe(ExitCode.notFound);
  });

  it('refuses an unknown characteristic id, naming the key and the valid ids', async () => {
    const file = await write('typo.json', {
      ...record,
      id: 'typo',
      analysis: { ethnicity: { status: 'no_impact' } },
    });
    const run = await eqia(cwd, ['import', file, '--user', 'amara']);
    expect(run.code).toBe(ExitCode.validation);
    expect(run.stderr).toContain('analysis.ethnicity ("ethnicity")');
    expect(run.stderr).toContain('race');
  });

  it('--historical keeps the sign-off given outside eqia, marked as such, and needs it stated', async () => {
    const signedOff = { by: 'Director of Communities', role: 'Director', on: '2023-06-30' };
    const file = await write('old.json', { ...record, id: 'old', signedOff });
    expect((await eqia(cwd, ['import', file, '--user', 'amara'])).code).toBe(ExitCode.validation);
    expect((await eqia(cwd, ['import', file, '--user', 'amara', '--historical'])).code).toBe(
      ExitCode.forbidden,
    );
    expect((await eqia(cwd, ['import', file, '--user', 'julie', '--historical'])).code).toBe(ExitCode.ok);
    const words =
      'Signed off outside eqia by Director of Communities, Director on 2023-06-30 (historical record)';
    const show = (await eqia(cwd, ['show', 'old'])).stdout;
    expect(show).toContain('old · revision 1 · signed off');
    expect(show).toContain(words);
    expect((await eqia(cwd, ['history', 'old'])).stdout.replace(/\s+/g, ' ')).toContain(
      'signed off outside eqia by Director of Communities, Director on 2023-06-30 (historical record)',
    );
    const markdown = await eqia(cwd, ['export', 'old', '--format', 'md']);
    expect(markdown.stdout).toContain('Signed off outside eqia (historical record)');
    expect(markdown.stdout).toContain(
      'Signed off outside eqia by Director of Communities, Director on 30 June 2023',
    );
    expect((await eqia(cwd, ['edit', 'old', '--user', 'julie'])).code).not.toBe(ExitCode.ok);
    const unstated = await write('unstated.json', { ...record, id: 'unstated' });
    expect((await eqia(cwd, ['import', unstated, '--user', 'julie', '--historical'])).code).toBe(
      ExitCode.validation,
    );
  });

  it('records standard input as `-`, said in the language of each run that shows it', async () => {
    const piped = JSON.stringify({ ...record, id: 'piped' });
    const run = await eqia(cwd, ['import', '-', '--user', 'amara', '--json'], {}, { stdin: piped });
    expect(run.code, run.stderr).toBe(ExitCode.ok);
    expect((JSON.parse(run.stdout) as AssessmentView).assessment.provenance?.source).toBe('-');
    expect((await eqia(cwd, ['show', 'piped'])).stdout).toContain('Imported from standard input by amara');
    expect((await eqia(cwd, ['--lang', 'cy', 'show', 'piped'])).stdout).toContain(
      'Wedi’i fewnforio o fewnbwn safonol gan: amara',
    );
    const history = await eqia(cwd, ['--lang', 'cy', 'history', 'piped']);
    expect(history.stdout).toContain('o fewnbwn safonol');
    expect((await eqia(cwd, ['history', 'piped'])).stdout).toContain('from standard input');
    // Refused, it is named so in the run's language too, never as `-` or in English in Welsh.
    const refused = await eqia(
      cwd,
      ['--lang', 'cy', 'import', '-', '--user', 'julie', '--historical'],
      {},
      {
        stdin: JSON.stringify({ ...record, id: 'unsigned' }),
      },
    );
    expect(refused.code).toBe(ExitCode.validation);
    expect(refused.stderr).toContain('Mae mewnbwn safonol yn cael ei fewnforio fel un hanesyddol');
    expect(refused.stderr).not.toContain('standard input');
    const english = await eqia(
      cwd,
      ['import', '-', '--user', 'julie', '--historical'],
      {},
      {
        stdin: JSON.stringify({ ...record, id: 'unsigned' }),
      },
    );
    expect(english.stderr).toContain('standard input is imported as historical');
    const notValid = await eqia(
      cwd,
      ['--lang', 'cy', 'import', '-', '--user', 'amara'],
      {},
      {
        stdin: JSON.stringify({ ...record, id: 'bad-piped', policy: { aims: 'x' } }),
      },
    );
    expect(notValid.stderr).toContain('cofnod yr asesiad mewnbwn safonol');
  });
});
