import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from './support/binary.js';
import { tempDir } from './support/cli.js';

// Errors core and the SDK tell as data, met through the built binary: in Welsh in a Welsh run, in
// English otherwise, with the same exit code.

describe('core’s and the SDK’s errors in a Welsh run', () => {
  let cwd: string;
  const env = () => ({ env: { EQIA_CONFIG: join(cwd, 'config.json'), HOME: cwd } });
  const both = async (argv: string[]) => {
    const [cy, en] = [
      await runBinary(cwd, ['--lang', 'cy', ...argv], env()),
      await runBinary(cwd, ['--lang', 'en', ...argv], env()),
    ];
    expect(cy.code).toBe(en.code);
    return {
      code: cy.code,
      stderr: [en.stderr.replaceAll(cwd, '<dir>'), cy.stderr.replaceAll(cwd, '<dir>')],
    };
  };

  beforeAll(async () => {
    cwd = await tempDir();
    expect((await runBinary(cwd, ['--store', 'store', 'demo'], env())).code).toBe(0);
    await writeFile(join(cwd, 'p.csv'), 'category,count\nno_religion,40\nchristian,60\n');
  }, 120_000);

  it('an analysis by groups of a census set that has none', async () => {
    const argv = [
      '--store',
      'store',
      '--user',
      'amara',
      'insight',
      '--set',
      'religion',
      '--population',
      'p.csv',
    ];
    const told = await both([
      ...argv,
      '--baseline',
      'p.csv',
      '--period',
      '2024',
      '--area',
      'X',
      '--level',
      'groups',
    ]);
    expect(told).toMatchInlineSnapshot(`
      {
        "code": 6,
        "stderr": [
          "eqia insight: The census set "religion" has no broader groups: compare it at the level of its categories.
      ",
          "eqia insight: Nid oes grwpiau ehangach gan set y cyfrifiad "religion": cymharwch hi ar lefel ei chategorïau.
      ",
        ],
      }
    `);
  });
});
