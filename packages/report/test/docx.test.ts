import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cafcassProfile } from '@eqia/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { welsh } from '../src/cy.js';
import {
  buildAnnualReport,
  english,
  renderAnnualReportDocx,
  renderAssessmentDocx,
  renderInsightReportDocx,
} from '../src/index.js';
import { annualInput } from './fixtures/annual.js';
import { hostileInput } from './fixtures/hostile.js';
import { ethnicityAnalysis } from './fixtures/insight.js';
import { draftInput, publishedInput } from './fixtures/worked-example.js';
import { unzip } from './support/zip.js';

// Word documents are checked by opening them with a real word processor: LibreOffice converts each to
// PDF, and the text of every page is read back with pdftotext.
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
const pdftotext = existsSync('/usr/bin/pdftotext');
const ready = Boolean(soffice) && pdftotext;
if (!ready && process.env.CI) {
  throw new Error('The DOCX tests need LibreOffice and pdftotext: run .ci/libreoffice.sh.');
}
if (!ready) console.warn('Skipping the DOCX tests: install libreoffice-writer-nogui and poppler-utils.');

const documents = {
  published: () => renderAssessmentDocx(publishedInput),
  draft: () => renderAssessmentDocx(draftInput),
  hostile: () => renderAssessmentDocx(hostileInput(true)),
  bilingual: () => renderAssessmentDocx(draftInput, [welsh, english]),
  annual: () => renderAnnualReportDocx(buildAnnualReport(annualInput), cafcassProfile),
  insight: () =>
    renderInsightReportDocx({
      analysis: ethnicityAnalysis,
      profile: cafcassProfile,
      generatedAt: '2026-04-01T09:00:00Z',
    }),
};
type Name = keyof typeof documents;

describe.skipIf(!ready)('DOCX, opened by LibreOffice', () => {
  const folder = mkdtempSync(join(tmpdir(), 'eqia-docx-'));
  const files = new Map<Name, Uint8Array>();
  /** Each document's pages as text, in order. */
  const pages = new Map<Name, string[]>();

  beforeAll(async () => {
    for (const [name, render] of Object.entries(documents) as [Name, () => Promise<Uint8Array>][]) {
      const bytes = await render();
      files.set(name, bytes);
      writeFileSync(join(folder, `${name}.docx`), bytes);
    }
    execFileSync(
      soffice as string,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(folder, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        ...[...files.keys()].map((name) => join(folder, `${name}.docx`)),
      ],
      { stdio: 'ignore', timeout: 300_000 },
    );
    for (const name of files.keys()) {
      const text = execFileSync('pdftotext', ['-layout', join(folder, `${name}.pdf`), '-'], {
        encoding: 'utf8',
      });
      pages.set(
        name,
        text.split('\f').filter((page) => page.trim() !== ''),
      );
    }
  }, 360_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const text = (name: Name) => (pages.get(name) ?? []).join('\n').replace(/\s+/g, ' ');

  it('every document converts to a PDF of several pages', () => {
    for (const name of files.keys())
      expect(pages.get(name)?.length, name).toBeGreaterThan(name === 'insight' ? 0 : 2);
  });

  it('opens with the title and the summary, then the contents, then every section in order', () => {
    const all = text('published');
    const order = [
      'Equality impact assessment: Video by default',
      'Summary',
      'First hearings in private law cases will be held by video',
      'Contents',
      '1. The policy',
      '15. Contact, other formats and accessibility',
      'The policy',
      'Impacts at a glance',
      'Evidence and data gaps',
      'Analysis by characteristic',
      'Disability: Negative (high) for Parents, carers and families',
      'Action plan',
      'Approvals',
      'Contact, other formats and accessibility',
      'equality@example.org',
    ];
    let from = 0;
    for (const part of order) {
      const at = all.indexOf(part, from);
      expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
  });

  it('a bilingual draft: the Welsh version whole, then the English on a new page, each page in the first language', () => {
    const all = pages.get('bilingual') ?? [];
    // Words, not lines: where the title wraps depends on the fonts the machine has.
    const english = all.findIndex((page) =>
      page.replace(/\s+/g, ' ').includes('Equality impact assessment: Video by default'),
    );
    expect(english).toBeGreaterThan(2);
    expect(all.slice(0, english).join('\n')).toContain('Asesiad effaith cydraddoldeb: Video by default');
    expect(all.slice(0, english).join('\n')).not.toContain('Impacts at a glance');
    all.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toContain(`Tudalen ${index + 1} o ${all.length}`);
      expect(page).toContain('DRAFFT: heb ei gymeradwyo');
    });
  });

  it('puts the running title and "Page n of m" on every page, and DRAFT on every page of a draft', () => {
    for (const name of ['published', 'draft'] as const) {
      const all = pages.get(name) ?? [];
      all.forEach((page, index) => {
        expect(page, `${name} page ${index + 1}`).toContain(`Page ${index + 1} of ${all.length}`);
        expect(page).toContain('Equality impact assessment: Video by default');
        if (name === 'draft') expect(page).toContain('DRAFT: not signed off');
        else expect(page).not.toContain('DRAFT');
      });
    }
  });

  it('uses real heading styles, table header rows that repeat, a titled document in British English, and a chart with alternative text', () => {
    const parts = unzip(files.get('published') as Uint8Array);
    const body = parts.get('word/document.xml') ?? '';
    const styles = (body.match(/<w:pStyle w:val="(Title|Heading\d)"\/>/g) ?? []).map(
      (tag) => tag.split('"')[1],
    );
    expect(styles[0]).toBe('Title');
    // The summary, the contents and the 15 sections the contents lists.
    expect(styles.filter((style) => style === 'Heading1').length).toBe(17);
    expect(styles).toContain('Heading3');
    expect(body.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThan(5);
    expect(parts.get('docProps/core.xml')).toContain(
      '<dc:title>Equality impact assessment: Video by default for first hearing dispute resolution appointments</dc:title>',
    );
    expect(parts.get('word/styles.xml')).toContain('w:val="en-GB"');
    expect(body).toMatch(
      /<wp:docPr [^>]*descr="Bars show each group&apos;s share of children in our caseload/,
    );
    expect([...parts.keys()].some((part) => /^word\/charts\/chart\d+\.xml$/.test(part))).toBe(true);
  });

  it('shows hostile text as text: no bidi override, no control character, markup as written', () => {
    // pdftotext marks right-to-left runs with embeddings of its own, so the file itself is checked for those.
    const body = unzip(files.get('hostile') as Uint8Array).get('word/document.xml') ?? '';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    expect(/[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(body)).toBe(false);
    const all = text('hostile');
    for (const shown of [
      '<script>alert("script")</script>',
      'Invoice gnp.exe',
      'Cyfieithiad i’r Gymraeg – ŵ ŷ',
    ])
      expect(all.includes(shown), shown).toBe(true);
    expect(readFileSync(join(folder, 'hostile.pdf')).length).toBeGreaterThan(10_000);
  });

  it('gives the annual report and the insight report the same furniture', () => {
    expect(text('annual')).toContain('Contact, other formats and accessibility');
    expect(text('insight')).toContain('Disparity analysis: Ethnic group');
    expect(text('insight')).toContain('Over-represented');
  });
});
