import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../src/command-list.js';
import { ExitCode } from '../src/exit-codes.js';
import { eqia, tempDir } from './support/cli.js';

/** Values that have broken command lines before: long, empty, paths, dashes, odd characters. */
const awkward = [
  '',
  ' ',
  '-',
  '--',
  'a'.repeat(10_000),
  '../../etc/passwd',
  '.eqia/eqia.db',
  '.eqia/eqia.db-wal',
  '.eqia',
  '/dev/null',
  '/dev/full',
  'nope',
  'hybrid-working',
  'fhdra-pathfinder',
  '2025-02-30',
  '0',
  '-1',
  'NaN',
  '{}',
  'null',
  'é🙂',
  'amara',
  'ops',
];

/**
 * Relative values only, so that a generated `init --store /x` cannot write outside the test's folder; and
 * no NUL, which no real command line can hold.
 */
const value = fc.oneof(
  fc.constantFrom(...awkward),
  fc
    .string({ maxLength: 12 })
    .filter((text) => !text.startsWith('/') && !text.includes('..') && !text.includes('\u0000')),
);

const flags = [
  '--store',
  '--user',
  '--out',
  '--format',
  '--answers',
  '--section',
  '--state',
  '--at',
  '--from',
  '--to',
  '--status',
  '--roles',
  '--name',
  '--id',
  '--reason',
  '--comment',
  '--next-review',
  '--location',
  '--profile',
  '--population',
  '--baseline',
  '--set',
];
const switches = ['--json', '--force', '--attest', '--all', '--strict', '--no-input', '--submission'];

const commandLine = fc.tuple(
  fc.constantFrom(...commands.map((command) => command.name)),
  fc.array(value, { maxLength: 3 }),
  fc.array(fc.tuple(fc.constantFrom(...flags), value), { maxLength: 3 }),
  fc.subarray(switches, { maxLength: 2 }),
);

describe('no input makes eqia exit 70 ("a bug in eqia")', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await tempDir();
    expect((await eqia(cwd, ['demo'], { EQIA_CONFIG: join(cwd, 'settings.json') })).code).toBe(0);
  }, 120_000);

  it('for any command with any arguments, flags and values', async () => {
    await fc.assert(
      fc.asyncProperty(commandLine, async ([name, positionals, options, on]) => {
        const argv = [name, ...positionals, ...options.flat(), ...on];
        const run = await eqia(cwd, argv, { EQIA_CONFIG: join(cwd, 'settings.json') });
        expect(run.code, `eqia ${argv.join(' ').slice(0, 300)}\n${run.stderr}`).not.toBe(ExitCode.internal);
      }),
      // A run that hangs fails on its own, naming its command line, not the whole test at its timeout.
      { numRuns: 200, timeout: 30_000 },
    );
  }, 300_000);
});
