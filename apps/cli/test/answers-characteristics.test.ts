import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { cafcassStore, eqia } from './support/cli.js';

describe('answers files naming characteristics', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await cafcassStore();
  });

  it('refuses an unknown characteristic id, naming the key and the valid ids, and creates nothing', async () => {
    const file = join(cwd, 'typo.json');
    await writeFile(
      file,
      JSON.stringify({
        policy: { title: 'Typo in a characteristic' },
        screening: { answers: { disabilty: { relevance: 'no', reason: 'Spelt wrong.' } } },
      }),
    );
    const run = await eqia(cwd, ['new', '--user', 'ben', '--answers', file]);
    expect(run.code).toBe(ExitCode.validation);
    expect(run.stderr).toContain('screening.answers.disabilty ("disabilty")');
    expect(run.stderr).toContain('age, disability, gender_reassignment');
    expect((await eqia(cwd, ['list', '--json'])).stdout).not.toContain('Typo in a characteristic');
  });

  it('records screening evidence, related assessments and the likely impact of a relevant characteristic', async () => {
    const file = join(cwd, 'screen.json');
    await writeFile(
      file,
      JSON.stringify({
        id: 'screened',
        policy: {
          title: 'Uprated fees',
          assessmentTeam: [{ name: 'Fiona Grant', role: 'Planning officer' }],
        },
        screening: {
          related: [
            { title: 'National fees EqIA', reference: 'https://example.org/eqia', covers: 'Same structure.' },
          ],
          answers: {
            age: { relevance: 'yes', likelyImpact: 'positive', reason: 'Lower fees for young people.' },
          },
        },
      }),
    );
    expect((await eqia(cwd, ['new', '--user', 'ben', '--answers', file])).code).toBe(ExitCode.ok);
    const shown = (await eqia(cwd, ['show', 'screened', '--section', 'screening'])).stdout;
    expect(shown).toContain('Age: Relevant (positive impact only)');
    expect(shown).toContain('Relies on: National fees EqIA <https://example.org/eqia> — Same structure.');
  });
});
