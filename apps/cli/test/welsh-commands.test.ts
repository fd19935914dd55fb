import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandsEnglish } from '../src/messages/commands.en.js';
import { filesEnglish } from '../src/messages/files.en.js';
import { flagWordsEnglish } from '../src/messages/flag-words.en.js';
import { systemErrorsEnglish } from '../src/messages/system-errors.en.js';
import { runBinary } from './support/binary.js';
import { tempDir } from './support/cli.js';
import { englishPieces as findEnglishPieces } from './support/english-pieces.js';

// Every reading and setting-up command in Welsh, on the built binary: what it prints, and its errors,
// hold none of the English wording of its messages.

const englishPieces = findEnglishPieces({
  ...commandsEnglish,
  ...filesEnglish,
  ...systemErrorsEnglish,
  ...flagWordsEnglish,
});

const englishIn = (output: string) => englishPieces.filter((piece) => output.includes(piece));

describe('the commands in Welsh (--lang cy)', () => {
  let cwd: string;
  const run = (argv: string[]) =>
    runBinary(cwd, ['--store', 'store', '--lang', 'cy', ...argv], {
      env: { EQIA_CONFIG: join(cwd, 'config.json'), HOME: cwd },
    });

  beforeAll(async () => {
    cwd = await tempDir();
    const demo = await runBinary(cwd, ['--store', 'store', 'demo'], {
      env: { EQIA_CONFIG: join(cwd, 'config.json'), HOME: cwd },
    });
    expect(demo.code, demo.stderr).toBe(0);
    await writeFile(join(cwd, 'existing.md'), 'kept\n');
  }, 120_000);

  it('finds English in English output (so that the check below can fail)', async () => {
    const shown = await runBinary(cwd, ['--store', 'store', 'show', 'fhdra-video'], {
      env: { EQIA_CONFIG: join(cwd, 'config.json') },
    });
    expect(englishIn(shown.stdout)).toEqual(expect.arrayContaining(['Decision maker:', 'Next review:']));
  });

  const outputs: [string, string[], number][] = [
    ['show', ['show', 'fhdra-video'], 0],
    ['show of a screened-out assessment', ['show', 'stationery-contract'], 0],
    ['check', ['check', 'hybrid-working', '--why'], 1],
    ['check --all', ['check', '--all'], 1],
    ['due', ['due'], 1],
    ['history', ['history', 'fhdra-pathfinder'], 0],
    ['history --profile', ['history', '--profile'], 0],
    ['users', ['users'], 0],
    ['keys', ['keys'], 0],
    ['verify', ['verify'], 0],
    ['data', ['data'], 0],
    ['data show', ['data', 'show'], 0],
    ['objectives', ['objectives'], 0],
    ['profile', ['profile'], 0],
    ['config', ['config'], 0],
    ['init on an existing store', ['init'], 0],
  ];

  it.each(outputs)('%s prints no English of its own', async (_name, argv, code) => {
    const result = await run(argv);
    expect(result.code, result.stderr).toBe(code);
    expect(result.stdout.trim()).not.toBe('');
    expect(englishIn(result.stdout + result.stderr)).toEqual([]);
  });

  it('names every option a command is missing at once, joined in Welsh', async () => {
    const report = await run(['report']);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('Rhowch --from <YYYY-MM-DD> a --to <YYYY-MM-DD> i `eqia report`.');
  });

  it('objectives show prints the objective in Welsh', async () => {
    const list = await run(['objectives', '--json']);
    const [first] = JSON.parse(list.stdout) as { id: string }[];
    const shown = await run(['objectives', 'show', first?.id ?? '']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('perchennog:');
    expect(englishIn(shown.stdout)).toEqual([]);
  });

  it('says where export wrote, and verifies the copy, in Welsh', async () => {
    const exported = await run(['export', 'fhdra-pathfinder', '--out', 'copy.html']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toContain('Ysgrifennwyd');
    const verified = await run(['verify', '--document', 'copy.html']);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('yn cyfateb i’r storfa');
    expect(englishIn(exported.stderr + verified.stdout)).toEqual([]);
  });

  const errors: [string, string[], number][] = [
    ['show --section', ['show', 'fhdra-video', '--section', 'nowhere'], 2],
    ['check with an id and --all', ['check', 'fhdra-video', '--all'], 2],
    ['history --at', ['history', 'fhdra-video', '--at', 'first'], 2],
    ['users', ['users', 'promote', 'val'], 2],
    ['keys', ['keys', 'rotate'], 2],
    ['data', ['data', 'delete'], 2],
    ['data import', ['data', 'import', 'salaries', 'x.csv'], 2],
    ['objectives', ['objectives', 'archive', 'x'], 2],
    ['objectives report', ['objectives', 'report', '--format', 'pdf'], 2],
    ['export', ['export', 'fhdra-video'], 2],
    ['export to an existing file', ['export', 'fhdra-video', '--format', 'md', '--out', 'existing.md'], 2],
    ['export into the store', ['export', 'fhdra-video', '--format', 'md', '--out', 'store/x.md'], 2],
    ['insight', ['insight', '--level', 'streets'], 2],
    ['config', ['config', 'set', 'colour', 'blue'], 2],
    ['config set', ['config', 'set', 'language', 'fr'], 2],
    ['profile', ['profile', 'delete'], 2],
    ['migrate-store', ['migrate-store'], 2],
    ['action --status', ['--user', 'amara', 'action', 'fhdra-pilot', 'act-1', '--status', 'late'], 2],
    ['comment --section', ['--user', 'julie', 'comment', 'fhdra-video', '--section', 'nowhere', 'hi'], 2],
    [
      'edit with two ways',
      ['--user', 'ben', 'edit', 'hybrid-working', '--answers', 'a.json', '--move', 'evidence:x'],
      2,
    ],
    ['withdraw', ['--user', 'amara', 'withdraw', 'hybrid-working', '--reason', 'x', '--submission'], 2],
    ['report --from after --to', ['report', '--from', '2026-04-01', '--to', '2025-03-31'], 2],
    ['edit --remove', ['--user', 'ben', 'edit', 'hybrid-working', '--remove', 'evidence'], 2],
    ['import of a file that never ends', ['--user', 'julie', 'import', '/dev/full'], 2],
    [
      'an answers file that is not JSON',
      ['--user', 'ben', 'edit', 'hybrid-working', '--answers', 'existing.md'],
      6,
    ],
    [
      'report --data-period',
      ['report', '--from', '2025-04-01', '--to', '2026-03-31', '--data-period', '1999'],
      2,
    ],
  ];

  it.each([
    ['empty', ''],
    ['not JSON', '{'],
    ['not valid', '{"language": "fr", "colour": "blue"}'],
  ])('names a settings file that is %s in Welsh', async (_name, text) => {
    await writeFile(join(cwd, 'broken.json'), text);
    const result = await runBinary(cwd, ['--store', 'store', '--lang', 'cy', 'config'], {
      env: { EQIA_CONFIG: join(cwd, 'broken.json') },
    });
    expect(result.code, result.stderr).toBe(6);
    expect(result.stderr).toContain('ffeil gosodiadau');
    expect(englishIn(result.stderr)).toEqual([]);
  });

  it.each(errors)('%s refuses in Welsh', async (_name, argv, code) => {
    const result = await run(argv);
    expect(result.code, result.stderr).toBe(code);
    expect(result.stderr.trim()).not.toBe('');
    expect(englishIn(result.stderr)).toEqual([]);
  });

  it('words the audit log in Welsh: the SDK words it in the client’s language', async () => {
    const result = await run(['history', 'fhdra-pathfinder']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Amara Okafor wedi cyflwyno’r asesiad i’w adolygu; ei gyflwr bellach:');
    expect(result.stdout).not.toMatch(/it is now|submitted it|changed policy|approved the/);
  });

  it('tells what is wrong in a settings file in the language it gives, when it gives one', async () => {
    const file = join(cwd, 'unknown-key.json');
    await writeFile(file, '{"language": "cy", "colour": "blue"}');
    const result = await runBinary(cwd, ['--store', 'store', 'list'], { env: { EQIA_CONFIG: file } });
    expect(result.code, result.stderr).toBe(6);
    expect(result.stderr).toContain('Nid yw’r ffeil gosodiadau');
  });

  // Node's own words for these (parseArgs, the file system) are English only: eqia words them itself.
  const mistakes: [string, string[], number, string][] = [
    ['a file that is not there', ['import', 'missing.json'], 3, 'Nid oes ffeil o’r fath'],
    ['an option the command does not have', ['list', '--frob'], 2, "Nid yw '--frob' yn opsiwn"],
    ['an option without its value', ['list', '--state'], 2, "Mae angen gwerth ar yr opsiwn '--state'"],
    ['a value given to a switch', ['list', '--json=yes'], 2, "Nid yw’r opsiwn '--json' yn cymryd gwerth"],
    ['a folder given as a file', ['new', '--answers', '.'], 2, 'Ffolder yw'],
    ['a comment not given', ['request-changes', 'fhdra-video'], 2, 'rhowch --comment <testun>'],
    [
      'a role eqia does not know',
      ['--user', 'ops', 'users', 'add', 'x', '--name', 'X', '--roles', 'boss'],
      2,
      'nid "boss"',
    ],
    [
      'progress without its flags',
      ['--user', 'owen', 'objectives', 'progress', 'better-data-and-insight-used-well'],
      2,
      'rhowch --rag a --narrative',
    ],
  ];

  it.each(mistakes)('%s is told in Welsh', async (_name, argv, code, welsh) => {
    const result = await run(argv);
    expect(result.code, result.stderr).toBe(code);
    expect(result.stderr).toContain(welsh);
    expect(englishIn(result.stderr)).toEqual([]);
  });
});
