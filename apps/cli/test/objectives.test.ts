import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ObjectiveSummary } from '@eqia/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from './support/binary.js';
import { examples, tempDir } from './support/cli.js';

/** The built CLI, as an equality lead runs it. */
const as = (cwd: string, user: string, argv: string[]) =>
  runBinary(cwd, ['objectives', ...argv, '--user', user]);

describe('eqia objectives, on the built CLI', () => {
  let cwd: string;
  const id = 'accessible-services-for-disabled-parents';
  beforeAll(async () => {
    cwd = await tempDir();
    expect((await runBinary(cwd, ['init', '--profile', 'cafcass'])).code).toBe(0);
  }, 60_000);

  it('takes an objective from a file to approval, progress and its close, without writing JSON by hand', async () => {
    const created = await as(cwd, 'julie', ['new', '--answers', join(examples, 'objective.json')]);
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain(`Set up as a draft: Accessible services for disabled parents (${id})`);
    expect((await as(cwd, 'julie', ['submit', id])).code).toBe(0);

    const byOwner = await as(cwd, 'sam', ['approve', id]);
    expect(byOwner.code).toBe(4);
    expect(byOwner.stderr).toContain('nobody approves their own objective');
    expect((await as(cwd, 'nadia', ['approve', id, '--comment', 'Approved by the Board.'])).code).toBe(0);

    const progress = await as(cwd, 'sam', [
      'progress',
      id,
      '--rag',
      'amber',
      '--narrative',
      'Script drafted with the Family Forum.',
      '--as-of',
      '2026-06-30',
      '--value',
      'adjustments-asked=55',
      '--milestone-done',
      'script',
    ]);
    expect(progress.stderr).toBe('');
    const shown = await as(cwd, 'julie', ['show', id]);
    expect(shown.stdout).toContain('In progress · owned by Sam Patel · 2026-04-01 to 2029-03-31');
    expect(shown.stdout).toContain(
      'Cases where adjustments were asked about at first contact: baseline 40%, target 95%, 55% at 2026-06-30',
    );
    expect(shown.stdout).toContain('✓ done 2026-06-30  Adjustments question in the first-contact script');
    expect(shown.stdout).toContain('2026-06-30  Amber, by Sam Patel: Script drafted with the Family Forum.');

    const listed = JSON.parse((await as(cwd, 'val', ['list', '--json'])).stdout) as ObjectiveSummary[];
    expect(listed).toMatchObject([{ id, status: 'in_progress', rag: 'amber', version: 4 }]);

    const verified = await runBinary(cwd, ['verify']);
    expect(verified.stdout).toContain(`✓ objective ${id}: 4 log entries verify`);

    const closed = await as(cwd, 'julie', [
      'close',
      id,
      '--outcome',
      'met',
      '--note',
      'Target reached early.',
    ]);
    expect(closed.stdout).toContain('Closed');
  });

  it('says what is wrong and what to do with bad input, never exit 70', async () => {
    const cases: [string[], string, number, RegExp][] = [
      [['frobnicate', 'x'], 'julie', 2, /Unknown action "frobnicate"/],
      [['show', 'nope'], 'julie', 3, /There is no objective "nope"/],
      [['new', '--answers', 'missing.json'], 'julie', 3, /missing.json/],
      [
        ['new', '--answers', join(examples, 'objective.json')],
        'amara',
        4,
        /only an equality lead or an admin may/,
      ],
      [
        ['progress', 'x', '--rag', 'purple', '--narrative', 'n'],
        'sam',
        2,
        /--rag must be one of red, amber, green/,
      ],
      [
        ['progress', 'x', '--rag', 'red', '--narrative', 'n', '--value', 'oops'],
        'sam',
        2,
        /--value takes <measure>=<number>/,
      ],
      [
        ['progress', 'x'],
        'sam',
        2,
        /needs a progress update, and there is no terminal to ask .*--rag and --narrative/,
      ],
      [
        ['close', 'x', '--outcome', 'won', '--note', 'n'],
        'julie',
        2,
        /--outcome must be met, closed or superseded/,
      ],
    ];
    for (const [argv, user, code, message] of cases) {
      const run = await as(cwd, user, argv);
      expect({ argv, code: run.code }).toEqual({ argv, code });
      expect(run.stderr).toMatch(message);
    }
    await writeFile(join(cwd, 'typo.json'), JSON.stringify({ titel: 'x' }));
    const typo = await as(cwd, 'julie', ['new', '--answers', 'typo.json']);
    expect(typo.code).toBe(6);
    expect(typo.stderr).toMatch(/The objective file typo.json is not valid/);
    expect(typo.stderr).toMatch(/titel/);
  });
});
