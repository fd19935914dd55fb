import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { messageTexts } from '@eqia/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../src/command-list.js';
import { helpWelsh } from '../src/messages/help.cy.js';
import { helpEnglish } from '../src/messages/help.en.js';
import { runBinary } from './support/binary.js';
import { tempDir } from './support/cli.js';
import { englishPieces } from './support/english-pieces.js';

// Help in Welsh, on the built binary: `eqia --help`, every command's --help and `eqia help <command>`,
// chosen like every other message (--lang, EQIA_LANG, the `language` setting), with none of the English
// descriptions left; what you type (commands, options, values) stays as it is.

const welshTexts = Object.values(messageTexts(helpWelsh)).join('\n');
/** English pieces of the help, beyond those Welsh keeps as they are (lists of values, example commands). */
const pieces = englishPieces(helpEnglish).filter((piece) => !welshTexts.includes(piece));
const englishIn = (output: string) => pieces.filter((piece) => output.includes(piece));

describe('help in Welsh', () => {
  let cwd: string;
  const run = (argv: string[], env: Record<string, string> = {}) =>
    runBinary(cwd, argv, { env: { EQIA_CONFIG: join(cwd, 'config.json'), HOME: cwd, ...env } });

  beforeAll(async () => {
    cwd = await tempDir();
  });

  it('finds English in English help (so that the checks below can fail)', async () => {
    const help = await run(['list', '--help']);
    expect(englishIn(help.stdout).filter((piece) => piece.endsWith('owned by this user'))).toHaveLength(1);
  });

  it('eqia --lang cy --help lists the commands in Welsh, by their English names', async () => {
    const help = await run(['--lang', 'cy', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Adolygu a chymeradwyo:\n');
    expect(help.stdout).toContain('  list ');
    expect(englishIn(help.stdout)).toEqual([]);
  });

  it.each(commands.map((command) => command.name))(
    'eqia %s --help is in Welsh with --lang cy',
    async (name) => {
      const help = await run(['--lang', 'cy', name, '--help']);
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toContain(`Defnydd: eqia ${name}`);
      expect(help.stdout).toContain('Opsiynau cyffredinol:');
      expect(englishIn(help.stdout)).toEqual([]);
    },
  );

  it('follows EQIA_LANG, the language setting, and eqia help <command>', async () => {
    const fromEnvironment = await run(['list', '--help'], { EQIA_LANG: 'cy' });
    expect(fromEnvironment.stdout).toContain('Hidlwyr:\n  --state <state>');
    await writeFile(join(cwd, 'config.json'), JSON.stringify({ language: 'cy' }));
    const fromSetting = await run(['--help']);
    expect(fromSetting.stdout).toContain('Defnydd: eqia <command>');
    const helpCommand = await run(['--lang', 'cy', 'help', 'show']);
    expect(helpCommand.code).toBe(0);
    expect(helpCommand.stdout).toContain('Defnydd: eqia show');
    // --lang wins over the setting, as for every message.
    const english = await run(['--lang', 'en', 'help', 'show']);
    expect(english.stdout).toContain('Usage: eqia show');
  });

  it('a settings file eqia cannot read leaves help in English, and still prints it', async () => {
    await writeFile(join(cwd, 'config.json'), '{');
    const help = await run(['list', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: eqia list');
  });
});
