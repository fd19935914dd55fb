import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from './support/binary.js';
import { tempDir } from './support/cli.js';

// A Welsh body exporting its assessments in Welsh, or in both languages, on the built binary.

describe('exporting an assessment in Welsh', () => {
  let cwd: string;
  const run = (argv: string[], env: Record<string, string> = {}) =>
    runBinary(cwd, ['--user', 'amara', ...argv], { env: { EQIA_CONFIG: join(cwd, 'config.json'), ...env } });
  const id = 'fhdra-pathfinder';

  beforeAll(async () => {
    cwd = await tempDir();
    expect((await run(['demo'])).code).toBe(0);
  }, 120_000);

  it('writes the report in Welsh with --lang cy, marked as Welsh', async () => {
    const html = await run(['export', id, '--format', 'html', '--lang', 'cy']);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toContain('<html lang="cy">');
    expect(html.stdout).toContain('<h1>Asesiad effaith cydraddoldeb: Video by default');
  });

  it('writes one bilingual document with EQIA_LANG=cy,en, the Welsh first, each version in its lang', async () => {
    const markdown = await run(['export', id, '--format', 'md'], { EQIA_LANG: 'cy,en' });
    expect(markdown.code, markdown.stderr).toBe(0);
    // Each version opens with its title; a text left in English inside the Welsh has a lang of its own.
    const versions = [...markdown.stdout.matchAll(/^<div lang="([^"]+)">\n\n# /gm)].map((m) => m[1]);
    expect(versions).toEqual(['cy', 'en-GB']);
  });

  it('follows the user’s language setting, which --lang overrides', async () => {
    expect((await run(['config', 'set', 'language', 'cy'])).code).toBe(0);
    expect((await run(['export', id, '--format', 'md'])).stdout).toMatch(/^<div lang="cy">/);
    expect((await run(['export', id, '--format', 'md', '--lang', 'en'])).stdout).toMatch(
      /^# Equality impact assessment:/,
    );
    expect((await run(['config', 'unset', 'language'])).code).toBe(0);
    expect((await run(['export', id, '--format', 'md'])).stdout).toMatch(/^# Equality impact assessment:/);
  });

  it('carries Welsh text from an answers file into the Welsh report; English text left shows as English', async () => {
    const answers = {
      policy: { title: 'Video hearings', kind: 'policy', aims: 'Fewer adjournments', scope: 'Private law' },
      welsh: { 'policy/title': 'Gwrandawiadau fideo', 'policy/aims': 'Llai o ohiriadau' },
    };
    await writeFile(join(cwd, 'welsh-answers.json'), JSON.stringify(answers));
    const created = await run(['new', '--answers', 'welsh-answers.json', '--json']);
    expect(created.code, created.stderr).toBe(0);
    const { assessment } = JSON.parse(created.stdout) as { assessment: { id: string; welsh: unknown } };
    expect(assessment.welsh).toEqual(answers.welsh);
    const html = (await run(['export', assessment.id, '--format', 'html', '--lang', 'cy'])).stdout;
    expect(html).toContain('<h1>Asesiad effaith cydraddoldeb: Gwrandawiadau fideo</h1>');
    expect(html).toContain('<p>Llai o ohiriadau</p>');
    expect(html).toContain('<p lang="en-GB">Private law</p>');
    await writeFile(join(cwd, 'bad-welsh.json'), JSON.stringify({ ...answers, welsh: { aims: 'Nodau' } }));
    const bad = await run(['new', '--answers', 'bad-welsh.json']);
    expect(bad.code).toBe(6);
    expect(bad.stderr).toContain('name a text field from its section, as in policy/aims');
  });

  it('refuses a language it does not speak, saying which it does, and writes nothing', async () => {
    const wrong = await run(['export', id, '--format', 'html', '--lang', 'fr', '--out', 'fr.html']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('"fr" is not a language eqia speaks: use en (English), cy (Cymraeg)');
    expect(existsSync(join(cwd, 'fr.html'))).toBe(false);
    const env = await run(['export', id, '--format', 'html'], { EQIA_LANG: 'gaeilge' });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('EQIA_LANG "gaeilge"');
    // A format without words of its own has no language to get wrong.
    expect((await run(['export', id, '--format', 'json'], { EQIA_LANG: 'gaeilge' })).code).toBe(0);
  });

  it('writes the annual and the Board’s reports in Welsh or both, and refuses a language it does not speak', async () => {
    const period = ['--from', '2026-01-01', '--to', '2026-12-31'];
    const annual = await run(['report', ...period, '--format', 'html', '--lang', 'cy']);
    expect(annual.code, annual.stderr).toBe(0);
    expect(annual.stdout).toContain('<html lang="cy">');
    expect(annual.stdout).toContain(
      '<h1>Adroddiad cydraddoldeb blynyddol 1 Ionawr 2026 i 31 Rhagfyr 2026</h1>',
    );
    const board = await run(['objectives', 'report', '--format', 'md'], { EQIA_LANG: 'cy,en' });
    expect(board.code, board.stderr).toBe(0);
    expect([...board.stdout.matchAll(/^<div lang="([^"]+)">$/gm)].map((m) => m[1])).toEqual(['cy', 'en-GB']);
    const wrong = await run(['report', ...period, '--lang', 'fr', '--out', 'annual-fr.html']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('"fr" is not a language eqia speaks');
    expect(existsSync(join(cwd, 'annual-fr.html'))).toBe(false);
    expect((await run(['objectives', 'report', '--lang', 'fr'])).code).toBe(2);
  });
});
