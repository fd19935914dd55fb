import { spawn } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { binary, runBinary } from './support/binary.js';
import { cafcassStore, eqia, examples, tempDir } from './support/cli.js';

/*
 * `eqia list --json` prints from the store file before the CLI is loaded (src/fast-list-json.ts). On the
 * built binary: it must print exactly what the whole CLI prints, and leave everything else, every error
 * included, to the whole CLI, which words it as it always has.
 */

const tracer = new URL('./support/trace-imports.mjs', import.meta.url).pathname;

/** The built binary, without EQIA_NOW (which the fast path leaves to the whole CLI to check). */
async function built(cwd: string, argv: string[], env: Record<string, string> = {}) {
  const trace = join(cwd, `trace-${Math.random().toString(36).slice(2)}.txt`);
  const run = await runBinary(cwd, argv, {
    env: { EQIA_NOW: '', EQIA_TRACE_FILE: trace, ...env },
    nodeArgs: ['--import', tracer],
  });
  const { readFile } = await import('node:fs/promises');
  const modules = await readFile(trace, 'utf8').catch(() => '');
  return { ...run, wholeCli: /\/dist\/cli-[^/]*\.js$/m.test(modules) };
}

describe('eqia list --json before the CLI loads', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await cafcassStore([
      { user: 'ben', answers: 'answers-screening.json', id: 'one' },
      { user: 'ben', answers: 'answers-full.json', id: 'two' },
    ]);
  }, 60_000);

  it('prints exactly what the whole CLI prints, without loading it', async () => {
    const whole = await eqia(cwd, ['list', '--json']);
    expect(whole.code).toBe(0);
    for (const argv of [
      ['list', '--json'],
      ['list', '--json', '--store', '.eqia'],
      ['list', '--store=.eqia', '--json', '--user', 'ben'],
    ]) {
      const fast = await built(cwd, argv);
      expect(fast).toMatchObject({ code: 0, stdout: whole.stdout, stderr: '', wholeCli: false });
    }
    // A settings file fills in what flags and variables leave open, as it does for the whole CLI.
    const settings = async (name: string, value: object) => {
      const file = join(cwd, name);
      await writeFile(file, JSON.stringify(value));
      return { EQIA_CONFIG: file };
    };
    for (const env of [
      await settings('none.json', {}),
      await settings('user.json', { user: 'ben', language: 'cy' }),
      await settings('both.json', { store: join(cwd, '.eqia'), user: 'ben' }),
    ]) {
      const withSettings = await eqia(cwd, ['list', '--json'], { EQIA_NOW: '', ...env });
      expect(withSettings).toMatchObject({ code: 0, stdout: whole.stdout });
      const fast = await built(cwd, ['list', '--json'], env);
      expect({ env, ...fast }).toMatchObject({
        env,
        code: 0,
        stdout: whole.stdout,
        stderr: '',
        wholeCli: false,
      });
    }
    const empty = await cafcassStore();
    expect(await built(empty, ['list', '--json'])).toMatchObject({
      code: 0,
      stdout: '[]\n',
      wholeCli: false,
    });
  });

  it('leaves flags, settings and stores it cannot vouch for to the whole CLI, which answers as before', async () => {
    const garbage = join(cwd, 'garbage.db');
    await writeFile(garbage, 'not a database\n'.repeat(500));
    const settings = async (name: string, text: string) => {
      const file = join(cwd, name);
      await writeFile(file, text);
      return { EQIA_CONFIG: file };
    };
    const nothing = join(cwd, 'nothing');
    await mkdir(nothing);
    const cases: { argv: string[]; env?: Record<string, string> }[] = [
      { argv: ['list', '--json', '--store', nothing] },
      { argv: ['list', '--json', '--store', garbage] },
      { argv: ['list', '--json', '--bogus'] },
      { argv: ['list', '--json', '--state', 'draft'] },
      { argv: ['list', '--json', '--user', 'nobody'] },
      { argv: ['list', '--json'], env: { EQIA_USER: 'nobody' } },
      { argv: ['list', '--json'], env: { EQIA_NOW: 'yesterday' } },
      { argv: ['list', '--json'], env: await settings('not-json.json', '{"user": "ben"') },
      { argv: ['list', '--json'], env: await settings('empty-user.json', '{"user": ""}') },
      { argv: ['list', '--json'], env: await settings('unknown-key.json', '{"colour": "blue"}') },
      { argv: ['list', '--json'], env: await settings('nobody.json', '{"user": "nobody"}') },
      { argv: ['list', '--json'], env: await settings('nowhere.json', `{"store": "${nothing}"}`) },
      { argv: ['list', '--json'], env: { EQIA_CONFIG: nothing } },
    ];
    for (const { argv, env = {} } of cases) {
      const whole = await eqia(cwd, argv, { EQIA_NOW: '', ...env });
      const fast = await built(cwd, argv, env);
      expect({ argv, env, ...fast }).toEqual({ argv, env, ...whole, wholeCli: true });
    }
  });
});

/**
 * The built binary with its standard output on `stdout`: a file descriptor, or `'closed'` for a pipe whose
 * reader has already gone.
 */
function writingTo(
  cwd: string,
  argv: string[],
  stdout: number | 'closed',
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binary, ...argv], {
      cwd,
      env: { PATH: process.env.PATH ?? '', EQIA_NOW: '' },
      stdio: ['ignore', stdout === 'closed' ? 'pipe' : stdout, 'pipe'],
    });
    if (stdout === 'closed') child.stdout?.destroy();
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a reader that closes the pipe early (`eqia list --json | head`)', () => {
  it('ends eqia quietly with success, before the CLI loads and through it', async () => {
    const cwd = await tempDir();
    await eqia(cwd, ['init', '--profile', 'cafcass']);
    await eqia(cwd, [
      'new',
      '--user',
      'ben',
      '--answers',
      join(examples, 'answers-full.json'),
      '--id',
      'one',
    ]);
    for (const argv of [
      ['list', '--json'],
      ['list', '--json', '--state', 'draft'],
      ['show', 'one', '--json'],
    ])
      expect({ argv, ...(await writingTo(cwd, argv, 'closed')) }).toEqual({ argv, code: 0, stderr: '' });
  }, 60_000);
});

describe('output that cannot be written (`eqia list > /dev/full`)', () => {
  it.runIf(existsSync('/dev/full'))(
    'is the disk failing (exit 11), said in one line, on the fast path and through the CLI',
    async () => {
      const cwd = await tempDir();
      await eqia(cwd, ['demo']);
      for (const argv of [['list', '--json'], ['list'], ['show', 'fhdra-pathfinder']])
        expect({ argv, ...(await writingTo(cwd, argv, openSync('/dev/full', 'w'))) }).toEqual({
          argv,
          code: 11,
          stderr: 'eqia: the output could not be written (ENOSPC): free space or send it elsewhere.\n',
        });
    },
    60_000,
  );
});
