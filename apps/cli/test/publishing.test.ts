import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssessmentSummary } from '@eqia/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  haveChromium,
  overflow,
  sharedBrowser,
  views,
  withPage,
} from '../../../packages/report/test/support/browser.js';
import { runBinary } from './support/binary.js';
import { insightExample, tempDir } from './support/cli.js';

// What a public body's web team checks before publishing, on the built binary and the demo store: every
// assessment in every format, each page in a browser on a desktop, a phone and in print.

const formats = ['html', 'md', 'json', 'csv', 'docx'] as const;
const compare = ['insight', ...insightExample];
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/;

describe('publishing the demo store', () => {
  let cwd: string;
  let ids: string[];
  const run = (argv: string[], user = 'amara') => runBinary(cwd, ['--user', user, ...argv]);

  beforeAll(async () => {
    cwd = await tempDir();
    expect((await run(['demo'])).code).toBe(0);
    const list = await run(['list', '--json']);
    ids = (JSON.parse(list.stdout) as AssessmentSummary[]).map((summary) => summary.id);
    expect(ids.length).toBe(6);
    for (const id of ids) {
      for (const format of formats) {
        const exported = await run(['export', id, '--out', `${id}.${format}`]);
        expect(exported.code, `${id}.${format}: ${exported.stderr}`).toBe(0);
      }
    }
    const annual = await run([
      'report',
      '--from',
      '2025-01-01',
      '--to',
      '2026-12-31',
      '--out',
      'annual.html',
    ]);
    expect(annual.code).toBe(0);
    const insight = await run([...compare, '--format', 'html', '--out', 'insight.html']);
    expect(insight.code, insight.stderr).toBe(0);
  }, 600_000);

  const read = (file: string) => readFile(join(cwd, file));

  it('every assessment exports to HTML, Markdown, JSON, CSV and DOCX', async () => {
    for (const id of ids) {
      const html = (await read(`${id}.html`)).toString('utf8');
      expect(html).toMatch(/<h2 id="summary-heading">Summary<\/h2>[\s\S]*<nav class="contents"/);
      expect((await read(`${id}.md`)).toString('utf8')).toContain('## Contents');
      expect(JSON.parse((await read(`${id}.json`)).toString('utf8')).format).toBe('eqia.assessment');
      expect((await read(`${id}.csv`)).toString('utf8').startsWith('\uFEFFAssessment,')).toBe(true);
      // A DOCX is a zip archive; the report package's tests open it with LibreOffice.
      expect((await read(`${id}.docx`)).subarray(0, 2).toString('latin1')).toBe('PK');
    }
  });

  it('says when a review has lapsed, rather than only "Signed off"', async () => {
    const pilot = (await read('fhdra-pilot.html')).toString('utf8');
    expect(pilot).toMatch(/<dt>Status<\/dt><dd>Signed off; review overdue since \d+ \w+ \d{4}<\/dd>/);
    expect(pilot).toContain('<h2 id="status-heading">Review overdue</h2>');
  });

  it('writes a Word document only to a file, and the insight report in any of its formats', async () => {
    const refused = await run(['export', 'fhdra-video', '--format', 'docx']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('pass --out <file>.docx');
    const markdown = await run([...compare, '--format', 'md']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^# Disparity analysis: Ethnic group/);
    expect(markdown.stdout).toContain('## Contact, other formats and accessibility');
  });

  it('refuses a link that is not http, https or mailto, saying what to use', async () => {
    const refused = await run(['publish', 'fhdra-pilot', '--location', 'javascript:alert(1)']);
    expect(refused.code).toBe(6);
    expect(refused.stderr).toContain('use an address starting https://, http:// or mailto:');
  });

  it('shows control and bidi characters in stored text instead of sending them to the terminal', async () => {
    const title = 'Bell\u0007 escape \u001b[2J and \u202Eevil';
    await writeFile(join(cwd, 'odd.json'), JSON.stringify({ policy: { title } }));
    const created = await run(['new', '--id', 'odd-title', '--answers', 'odd.json']);
    expect(created.stdout).toContain('"Bell⟨U+0007⟩ escape ⟨U+001B⟩[2J and ⟨U+202E⟩evil"');
    const shown = await run(['show', 'odd-title']);
    expect(shown.code).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    expect(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(shown.stdout)).toBe(false);
    expect(bidiControls.test(shown.stdout)).toBe(false);
    expect(shown.stdout).toContain('Bell⟨U+0007⟩ escape ⟨U+001B⟩[2J and ⟨U+202E⟩evil');
  });

  describe.skipIf(!haveChromium)('in a browser', () => {
    const browser = sharedBrowser();

    it('every demo assessment, the annual report and the insight report pass axe at 1280 and 375 pixels and in print, and fit 320 pixels', async () => {
      for (const file of [...ids.map((id) => `${id}.html`), 'annual.html', 'insight.html']) {
        const html = (await read(file)).toString('utf8');
        for (const view of views) {
          expect(
            await withPage(browser(), html, view, axeViolations),
            `${file} ${view.media} ${view.width}`,
          ).toEqual([]);
        }
        expect(await withPage(browser(), html, { width: 320, media: 'screen' }, overflow), file).toBe(0);
      }
    }, 900_000);
  });
});
