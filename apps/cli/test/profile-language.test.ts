import { spawn } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { binary } from './support/binary.js';
import { eqia, tempDir } from './support/cli.js';

/*
 * A Welsh body's store (`languages: { publishes: ['cy', 'en'], default: 'cy' }`) and nothing the user set:
 * what eqia says before and without opening the store — usage errors, --help, an output it cannot write —
 * is in the profile's Welsh too; --lang, EQIA_LANG and the `language` setting come first, and a store
 * that cannot be read so leaves English.
 */

async function welshStore(): Promise<string> {
  const cwd = await tempDir();
  expect((await eqia(cwd, ['demo'])).code).toBe(0);
  const profile = JSON.parse((await eqia(cwd, ['--user', 'ops', 'profile', 'show', '--json'])).stdout);
  const languages = { publishes: ['cy', 'en'], default: 'cy' };
  await writeFile(join(cwd, 'profile.json'), JSON.stringify({ ...profile, languages }));
  expect((await eqia(cwd, ['--user', 'ops', 'profile', 'set', 'profile.json'])).code).toBe(0);
  return cwd;
}

describe('the profile’s default language before the store is opened', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await welshStore();
  }, 120_000);

  it('speaks it in usage errors and help; --lang, EQIA_LANG and the setting come first', async () => {
    const said = async (argv: string[], env: Record<string, string> = {}) => {
      const run = await eqia(cwd, argv, env);
      return `${run.code} ${run.stdout.split('\n')[0]}${run.stderr}`.trim();
    };
    expect(await said(['list', '--bogus'])).toMatchInlineSnapshot(
      `"2 eqia list: Nid yw '--bogus' yn opsiwn. Rhedwch \`eqia list --help\` i weld y defnydd."`,
    );
    expect(await said(['list', '--help'])).toMatchInlineSnapshot(`"0 Defnydd: eqia list [filters] [--json]"`);
    expect(await said(['--help'])).toMatchInlineSnapshot(`"0 eqia 0.1.0 — asesiadau effaith cydraddoldeb"`);
    expect(await said(['nosuch'])).toMatchInlineSnapshot(
      `"2 eqia: nid yw "nosuch" yn orchymyn. Rhedwch \`eqia --help\` i weld y gorchmynion."`,
    );
    const english = `"2 eqia list: Unknown option '--bogus'. Run \`eqia list --help\` for usage."`;
    expect(await said(['--lang', 'en', 'list', '--bogus'])).toMatchInlineSnapshot(
      `"2 eqia list: Unknown option '--bogus'. Run \`eqia list --help\` for usage."`,
    );
    expect(JSON.stringify(await said(['list', '--bogus'], { EQIA_LANG: 'en' }))).toBe(english);
    await writeFile(join(cwd, 'config.json'), JSON.stringify({ language: 'en' }));
    const setting = { EQIA_CONFIG: join(cwd, 'config.json') };
    expect(JSON.stringify(await said(['list', '--bogus'], setting))).toBe(english);
    expect(await said(['list', '--help'], setting)).toBe('0 Usage: eqia list [filters] [--json]');
  });

  it('leaves English when the store option itself is wrong', async () => {
    expect(await eqia(cwd, ['list', '--store', '/dev/null', '--bogus'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--bogus'"),
    });
  });

  it.runIf(existsSync('/dev/full'))(
    'says output that cannot be written in it, on the fast path and through the CLI',
    async () => {
      for (const argv of [['list', '--json'], ['list'], ['--help']])
        expect(await writingTo(cwd, argv, openSync('/dev/full', 'w'))).toEqual({
          code: 11,
          stderr:
            'eqia: nid oedd modd ysgrifennu’r allbwn (ENOSPC): rhyddhewch le neu anfonwch ef i rywle arall.\n',
        });
      expect((await writingTo(cwd, ['--lang', 'en', 'list'], openSync('/dev/full', 'w'))).stderr).toBe(
        'eqia: the output could not be written (ENOSPC): free space or send it elsewhere.\n',
      );
    },
    60_000,
  );
});

describe('the languages of a Welsh body’s documents', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await welshStore();
  }, 120_000);

  /** The languages of each version of `eqia export`'s Markdown, in order. */
  const versions = async (argv: string[], env: Record<string, string> = {}) => {
    const run = await eqia(cwd, ['export', 'fhdra-pathfinder', '--format', 'md', ...argv], env);
    expect(run.code, run.stderr).toBe(0);
    // Each version opens with its title (a text left in English has a <div lang> of its own).
    const marked = [...run.stdout.matchAll(/^<div lang="([^"]+)">\n\n# /gm)].map((match) => match[1]);
    return marked.length > 0 ? marked : [run.stdout.startsWith('# Equality impact') ? 'en' : '?'];
  };

  it('are both, Welsh first, whatever the user’s own language setting', async () => {
    expect(await versions([])).toEqual(['cy', 'en-GB']);
    for (const language of ['cy', 'en']) {
      await writeFile(join(cwd, 'config.json'), JSON.stringify({ language }));
      expect(await versions([], { EQIA_CONFIG: join(cwd, 'config.json') })).toEqual(['cy', 'en-GB']);
    }
  });

  it('are exactly what --lang or EQIA_LANG says', async () => {
    const welshOnly = await eqia(cwd, ['export', 'fhdra-pathfinder', '--format', 'md', '--lang', 'cy']);
    expect(welshOnly.stdout).toMatch(/^<div lang="cy">\n\n# Asesiad effaith cydraddoldeb/);
    expect(welshOnly.stdout).not.toContain('<div lang="en-GB">\n\n#');
    expect(await versions(['--lang', 'en'])).toEqual(['en']);
    expect(await versions(['--lang', 'en,cy'])).toEqual(['en-GB', 'cy']);
    expect(await versions([], { EQIA_LANG: 'cy' })).toEqual(['cy']);
    const html = await eqia(cwd, ['export', 'fhdra-pathfinder', '--format', 'html', '--lang', 'cy']);
    expect(html.stdout).toMatch(/^<!doctype html>\n<html lang="cy">/);
    expect(html.stdout).not.toContain('<article lang=');
  });
});

describe('a --store that is neither a folder nor a database file', () => {
  it('is a usage error worded in the language of the run', async () => {
    const cwd = await tempDir();
    const said = async (argv: string[]) => {
      const run = await eqia(cwd, ['--store', '/dev/null', ...argv]);
      return `${run.code} ${run.stderr}`.trim();
    };
    expect(await said(['list'])).toMatchInlineSnapshot(
      `"2 eqia list: The store /dev/null is neither a folder nor a database file: pass --store <folder|file.db|postgres://…>."`,
    );
    expect(await said(['--lang', 'cy', 'list'])).toMatchInlineSnapshot(
      `"2 eqia list: Nid yw’r storfa /dev/null yn ffolder nac yn ffeil cronfa ddata: rhowch --store <ffolder|ffeil.db|postgres://…>."`,
    );
    expect(JSON.parse((await eqia(cwd, ['--store', '/dev/null', 'list', '--json'])).stderr)).toEqual({
      error: expect.objectContaining({ code: 'USAGE', exitCode: 2 }),
    });
  });
});

/** The built binary with its standard output on a file descriptor, without EQIA_NOW (so `list --json` may go the fast path). */
function writingTo(
  cwd: string,
  argv: string[],
  stdout: number,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binary, ...argv], {
      cwd,
      env: { PATH: process.env.PATH ?? '', EQIA_NOW: '' },
      stdio: ['ignore', stdout, 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}
