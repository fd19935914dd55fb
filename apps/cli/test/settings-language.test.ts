import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { runBinary } from './support/binary.js';
import { tempDir } from './support/cli.js';

// A settings file eqia cannot read, told in the language asked for; when only the broken file itself
// says Welsh, in Welsh and then in English (the file may not mean what it seems to).

async function broken(text: string, argv: string[], env: Record<string, string> = {}) {
  const cwd = await tempDir();
  const file = join(cwd, 'config.json');
  await writeFile(file, text);
  const run = await runBinary(cwd, argv, { env: { EQIA_CONFIG: file, ...env } });
  expect(run.code).toBe(ExitCode.validation);
  return run.stderr.replaceAll(cwd, '<tmp>');
}

describe('a settings file that cannot be read', () => {
  it('is told in Welsh when --lang or EQIA_LANG asks, with where its JSON breaks', async () => {
    expect(await broken('{"user": amara}', ['--lang', 'cy', 'list'])).toMatchInlineSnapshot(`
      "eqia list: Ni ellir darllen y ffeil gosodiadau <tmp>/config.json: nid yw’n JSON dilys: mae’r peth cyntaf sydd o’i le ar linell 1, colofn 10. Cafodd ei gadael fel yr oedd.
      "
    `);
    expect(await broken('', ['list'], { EQIA_LANG: 'cy' })).toMatchInlineSnapshot(`
      "eqia list: Ni ellir darllen y ffeil gosodiadau <tmp>/config.json: mae’n wag (ysgrifennwch {} am ddim gosodiadau, neu dilëwch hi). Cafodd ei gadael fel yr oedd.
      "
    `);
  });

  it('is told in Welsh then English when only its own broken text says Welsh', async () => {
    expect(await broken('{"language": "cy",\n "user": }', ['list'])).toMatchInlineSnapshot(`
      "eqia list: Ni ellir darllen y ffeil gosodiadau <tmp>/config.json: nid yw’n JSON dilys: mae’r peth cyntaf sydd o’i le ar linell 2, colofn 10. Cafodd ei gadael fel yr oedd.
      The settings file <tmp>/config.json cannot be read: it is not valid JSON: the first thing wrong is at line 2, column 10. It was left as it is.
      "
    `);
    expect(await broken('{"language": "en",', ['list'])).toMatchInlineSnapshot(`
      "eqia list: The settings file <tmp>/config.json cannot be read: it is not valid JSON: it stops at line 1, column 19, before what it opened is closed. It was left as it is.
      "
    `);
  });
});
