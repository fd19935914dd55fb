import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { missingProfileWelsh } from '@eqia/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from './support/binary.js';
import { examples, tempDir } from './support/cli.js';

const as = (cwd: string, user: string, argv: string[]) =>
  runBinary(cwd, ['objectives', ...argv, '--user', user]);

describe('an objective’s Welsh, on the built CLI', () => {
  let cwd: string;
  const id = 'accessible-services-for-disabled-parents';
  beforeAll(async () => {
    cwd = await tempDir();
    expect((await runBinary(cwd, ['init', '--profile', 'cafcass'])).code).toBe(0);
    const profile = JSON.parse(
      (await runBinary(cwd, ['profile', 'show', '--json', '--user', 'julie'])).stdout,
    );
    await writeFile(
      join(cwd, 'profile.json'),
      // With the Welsh of its own texts (here a stand-in), so only the objective's Welsh is at issue.
      JSON.stringify({
        ...profile,
        schemaVersion: 2,
        languages: { publishes: ['cy', 'en'], default: 'cy' },
        welsh: Object.fromEntries(missingProfileWelsh(profile).map(({ key }) => [key, `Cymraeg ${key}`])),
      }),
    );
    const set = await runBinary(cwd, ['profile', 'set', 'profile.json', '--user', 'ops']);
    expect(set.stderr).toBe('');
  }, 60_000);

  it('is given in an answers file, said missing until written, and shown in the Welsh report', async () => {
    const objective = JSON.parse(await readFile(join(examples, 'objective.json'), 'utf8'));
    await writeFile(
      join(cwd, 'objective.json'),
      JSON.stringify({ ...objective, welsh: { title: 'Gwasanaethau hygyrch i rieni anabl' } }),
    );
    expect((await as(cwd, 'julie', ['new', '--answers', 'objective.json'])).code).toBe(0);
    expect((await as(cwd, 'julie', ['submit', id])).code).toBe(0);
    expect((await as(cwd, 'nadia', ['approve', id])).code).toBe(0);

    const report = await as(cwd, 'julie', [
      'report',
      '--as-of',
      '2026-12-31',
      '--lang',
      'cy',
      '--format',
      'md',
    ]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Gwasanaethau hygyrch i rieni anabl');
    expect(report.stdout).toContain('<span lang="en-GB">Disabled parents and carers can take part');
    expect(report.stderr).toContain(
      `! Mae gan amcan ${id} destunau heb Gymraeg, ac mae’r sefydliad yn cyhoeddi yn Gymraeg: statement, rationale, measures/adjustments-asked/indicator, milestones/script/description.`,
    );

    // After approval the Welsh may still be written: the promise's English may not change.
    await writeFile(
      join(cwd, 'welsh.json'),
      JSON.stringify({
        welsh: {
          statement: 'Gall rhieni a gofalwyr anabl gymryd rhan ym mhob cam.',
          rationale: 'Dywedodd cwynion a’r Fforwm Teuluoedd wrthym.',
          'measures/adjustments-asked/indicator': 'Achosion lle gofynnwyd am addasiadau',
          'milestones/script/description': 'Cwestiwn addasiadau yn y sgript',
        },
      }),
    );
    const edited = await as(cwd, 'julie', ['edit', id, '--answers', 'welsh.json', '--json']);
    expect(edited.code).toBe(0);
    expect(Object.keys(JSON.parse(edited.stdout).objective.welshOf)).toHaveLength(5);
    const again = await as(cwd, 'julie', [
      'report',
      '--as-of',
      '2026-12-31',
      '--lang',
      'cy,en',
      '--format',
      'md',
    ]);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('Gall rhieni a gofalwyr anabl gymryd rhan ym mhob cam.');
    expect(again.stdout.split('<div lang="en-GB">')[0]).not.toContain('<span lang="en-GB">');

    const english = await runBinary(cwd, [
      'objectives',
      'edit',
      id,
      '--answers',
      'welsh.json',
      '--user',
      'julie',
      '--lang',
      'en',
    ]);
    expect(english.code).toBe(0);
    const badKey = join(cwd, 'bad.json');
    await writeFile(badKey, JSON.stringify({ welsh: { 'policy/aims': 'Nodau' } }));
    const refused = await runBinary(cwd, [
      'objectives',
      'edit',
      id,
      '--answers',
      'bad.json',
      '--user',
      'julie',
      '--lang',
      'en',
    ]);
    expect(refused.code).toBe(6);
    expect(refused.stderr).toContain(
      'welsh.policy/aims: name a text field of the objective, as in statement or milestones/ms-1/description',
    );
  });
});
