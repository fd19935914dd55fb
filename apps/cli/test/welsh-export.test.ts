import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Assessment, textFields } from '@eqia/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { english } from '../src/messages/en.js';
import { runBinary } from './support/binary.js';
import { tempDir } from './support/cli.js';
import { englishPieces } from './support/english-pieces.js';

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
    // The title has no Welsh version: English inside the Welsh heading, marked so.
    expect(html.stdout).toContain('<h1>Asesiad effaith cydraddoldeb: <span lang="en-GB">Video by default');
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

describe('a Welsh body, from its profile to a bilingual publication, on the built binary', () => {
  // Before the decision the example answers record (16 March 2026), so the checks can all pass.
  const env = (cwd: string) => ({ EQIA_CONFIG: join(cwd, 'config.json'), EQIA_NOW: '2026-03-02T09:00:00Z' });
  const pieces = englishPieces(english);

  it('writes, checks, submits, approves at every stage and publishes in Welsh, then exports both languages, Welsh first', async () => {
    const cwd = await tempDir();
    // No --lang and no language setting: everything below speaks the profile's default language.
    const run = async (user: string, argv: string[], code = 0) => {
      const result = await runBinary(cwd, ['--user', user, ...argv], { env: env(cwd) });
      expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(code);
      // What eqia says holds none of its English (an export, bilingual, holds the English version too).
      const said = argv[0] === 'export' ? result.stderr : result.stdout + result.stderr;
      expect(
        pieces.filter((piece) => said.includes(piece)),
        argv.join(' '),
      ).toEqual([]);
      return result;
    };
    expect((await runBinary(cwd, ['demo'], { env: env(cwd) })).code).toBe(0);
    const profile = JSON.parse((await run('ops', ['profile', 'show', '--json'])).stdout);
    await writeFile(
      join(cwd, 'profile.json'),
      JSON.stringify({ ...profile, languages: { publishes: ['cy', 'en'], default: 'cy' } }),
    );
    await run('ops', ['profile', 'set', 'profile.json']);

    const id = 'gwrandawiadau';
    const example = new URL('../examples/answers-full.json', import.meta.url).pathname;
    expect((await run('amara', ['new', '--answers', example, '--id', id])).stdout).toContain('Crëwyd');
    // Every text still wants its Welsh, and the checks say so in Welsh.
    const unwritten = await run('amara', ['check', id], 1);
    expect(unwritten.stdout).toContain('Nid oes fersiwn Gymraeg o’r testun yn policy/title');
    const exported = JSON.parse((await run('amara', ['export', id, '--format', 'json'])).stdout) as {
      assessment: Assessment;
    };
    const welsh = Object.fromEntries(
      textFields(exported.assessment).map(({ key, english: text }) => [key, `Cymraeg: ${text}`]),
    );
    await writeFile(join(cwd, 'welsh.json'), JSON.stringify({ welsh }));
    await run('amara', ['edit', id, '--answers', 'welsh.json']);
    await run('amara', ['check', id]);

    expect((await run('amara', ['submit', id])).stdout).toMatch(/yn cael ei adolygu|adolyg/);
    await run('julie', ['approve', id, '--attest']);
    expect((await run('sam', ['approve', id, '--attest'])).stdout).toContain('gymeradwy');
    await run('amara', ['publish', id, '--location', 'https://example.org/eqia/gwrandawiadau']);
    expect((await run('val', ['show', id])).stdout).toContain('wedi’i gyhoeddi');

    // The profile publishes in Welsh and English: one document, each version whole, the Welsh first.
    await run('val', ['export', id, '--format', 'html', '--out', 'published.html']);
    const html = await readFile(join(cwd, 'published.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="cy">/);
    const versions = [...html.matchAll(/<article lang="([^"]+)"/g)].map((match) => match[1]);
    expect(versions).toEqual(['cy', 'en-GB']);
    const welshVersion = html.slice(0, html.indexOf('<article lang="en-GB"'));
    expect(welshVersion).toContain(
      'Cymraeg: Video by default for first hearing dispute resolution appointments',
    );
    // Every text has its Welsh, so nothing in the Welsh version is left in English but the profile's own
    // words (its audiences, stages and what their signers attest, organisation), which have no Welsh
    // version and are marked English.
    const profileWords = new Set<string>([
      profile.organisation,
      profile.publishing.contact,
      profile.publishing.alternativeFormats,
      ...profile.audiences.map((audience: { label: string }) => audience.label),
      ...profile.approvalChain.map((stage: { label: string }) => stage.label),
      ...profile.approvalChain.map((stage: { attestation: string }) => stage.attestation),
      ...profile.stakeholders.map((stakeholder: { name: string }) => stakeholder.name),
    ]);
    const english = [...welshVersion.matchAll(/<(p|td|th|span)[^>]* lang="en-GB">([^<]*)</g)].map(
      (m) => m[2],
    );
    const unescaped = (text = '') => text.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(english.filter((text) => !profileWords.has(unescaped(text)))).toEqual([]);
    const markdown = (await run('val', ['export', id, '--format', 'md'])).stdout;
    expect([...markdown.matchAll(/^<div lang="([^"]+)">$/gm)].map((match) => match[1])).toEqual([
      'cy',
      'en-GB',
    ]);
    expect((await run('val', ['verify', id])).stdout).toContain('wedi’u dilysu');
  }, 180_000);
});
