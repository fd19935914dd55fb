import { cafcassProfile } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { welsh } from '../src/cy.js';
import {
  buildAnnualReport,
  buildBoardReport,
  english,
  renderAnnualReportDocx,
  renderAnnualReportHtml,
  renderAnnualReportMarkdown,
  renderAssessmentHtml,
  renderBoardReportHtml,
  renderBoardReportMarkdown,
  renderInsightReportDocx,
  renderInsightReportHtml,
  renderInsightReportMarkdown,
} from '../src/index.js';
import { annualInput } from './fixtures/annual.js';
import { ethnicityAnalysis } from './fixtures/insight.js';
import { betterData } from './fixtures/objectives.js';
import { publishedInput } from './fixtures/worked-example.js';
import { unzip } from './support/zip.js';

// The annual report, the Board's report and the insight report in Welsh, and bilingually (Welsh first).

/** Each heading's text, any span in it (English marked within a Welsh heading) read as its text. */
const headings = (html: string) =>
  [...html.matchAll(/<h[1-6][^>]*>(.*?)<\/h[1-6]>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, ''));
const articles = (html: string) => [...html.matchAll(/<article lang="([^"]+)">/g)].map((m) => m[1]);

const annual = buildAnnualReport({ ...annualInput, objectives: [betterData] });
// Reported on a day after the period, so the objective has something needing attention.
const board = buildBoardReport({
  objectives: [betterData],
  asOf: '2027-08-01',
  now: '2027-08-02T09:00:00Z',
  profile: cafcassProfile,
});
const insight = { analysis: ethnicityAnalysis, profile: cafcassProfile, generatedAt: '2026-04-01T09:00:00Z' };

/** Phrases an English report of these fixtures prints that a Welsh one must not. */
const english_phrases = [
  'Summary',
  'Contents',
  'Pay gaps',
  'What comes next',
  'Needs attention',
  'Measures against targets',
  'Not yet',
  'Answer known',
  'Share of',
  'suppressed',
  'The table gives every figure',
];

describe('the annual equality report in Welsh', () => {
  const html = renderAnnualReportHtml(annual, cafcassProfile, [welsh]);

  it('is a Welsh page: its headings, tables, labels, census categories and dates in Welsh', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="cy">')).toBe(true);
    expect(headings(html)[0]).toBe('Adroddiad cydraddoldeb blynyddol 1 Ionawr 2026 i 31 Rhagfyr 2026');
    expect(headings(html)).toEqual(
      expect.arrayContaining([
        'Crynodeb',
        'Cynnwys',
        'Ein hamcanion cydraddoldeb',
        'Y gweithlu a’r llwyth achosion',
        'Bylchau cyflog',
        'Bwlch cyflog rhwng y rhywiau',
        'Gwahaniaethau a ganfuwyd yn y data',
        'Beth sy’n dod nesaf',
        'Cysylltu, fformatau eraill a hygyrchedd',
      ]),
    );
    // Census categories and characteristics from core's Welsh catalogue, not the data's English.
    expect(html).toContain('Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig');
    expect(html).not.toContain('Asian, Asian British or Asian Welsh');
    expect(html).toContain('<th scope="row">Anabledd</th>');
    for (const phrase of english_phrases) expect(html, phrase).not.toContain(phrase);
  });

  it('reads the same in Markdown, marked as Welsh', () => {
    const markdown = renderAnnualReportMarkdown(annual, cafcassProfile, [welsh]);
    expect(markdown.startsWith('<div lang="cy">\n\n# Adroddiad cydraddoldeb blynyddol')).toBe(true);
    expect(markdown).toContain('## Cynnwys');
  });

  it('bilingually, gives each language a whole version, Welsh first, and Word marks each run', async () => {
    const both = renderAnnualReportHtml(annual, cafcassProfile, [welsh, english]);
    expect(both).toContain('<html lang="cy">');
    expect(articles(both)).toEqual(['cy', 'en-GB']);
    expect(both.indexOf('Adroddiad cydraddoldeb blynyddol')).toBeLessThan(
      both.indexOf('Annual equality report'),
    );
    const body = unzip(await renderAnnualReportDocx(annual, cafcassProfile, [welsh, english])).get(
      'word/document.xml',
    );
    const runs = body?.match(/<w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>[^<]+<\/w:t>/g) ?? [];
    expect(runs.filter((run) => !run.includes('<w:lang'))).toEqual([]);
    expect(body?.indexOf('<w:lang w:val="cy-GB"/>')).toBeLessThan(
      body?.indexOf('<w:lang w:val="en-GB"/>') ?? 0,
    );
  });
});

describe('the Board’s progress report in Welsh', () => {
  const html = renderBoardReportHtml(board, cafcassProfile, [welsh]);

  it('words the objectives, their RAG, measures, milestones and what needs attention in Welsh', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="cy">')).toBe(true);
    expect(headings(html)).toEqual(
      expect.arrayContaining([
        'Amcanion cydraddoldeb: cynnydd hyd at 1 Awst 2027',
        'Cipolwg',
        'Cynnydd fesul amcan',
        'Amcan 1: Better data',
      ]),
    );
    expect(html).toContain('● Coch (oddi ar y trywydd), adroddwyd ar gyfer 31 Mawrth 2027');
    expect(html).toContain('Angen sylw: Ni chofnodwyd cynnydd ers 31 Mawrth 2027');
    expect(html).toContain('Mesurau o’u cymharu â thargedau');
    for (const phrase of english_phrases) expect(html, phrase).not.toContain(phrase);
    // The English report words what needs attention from the same values, with its dates written out.
    expect(renderBoardReportMarkdown(board, cafcassProfile)).toContain(
      'Needs attention: No progress recorded since 31 March 2027: an update is due every 3 months.',
    );
  });
});

describe('the insight report in Welsh', () => {
  const html = renderInsightReportHtml(insight, [welsh]);

  it('words its findings, table, notes and chart in Welsh, census categories included', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="cy">')).toBe(true);
    expect(headings(html)[0]).toMatch(/^Dadansoddiad o wahaniaethau: Grŵp ethnig: /);
    expect(html).toContain('<title id="comparison-table-chart-title">Cyfran fesul grŵp:');
    expect(html).toContain('Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd');
    expect(html).toContain('Mae’r tabl yn rhoi pob ffigur.');
    for (const phrase of english_phrases) expect(html, phrase).not.toContain(phrase);
    // The populations are the organisation's own words: English within the Welsh heading, marked so.
    expect(html).toContain(
      '<h1>Dadansoddiad o wahaniaethau: Grŵp ethnig: <span lang="en-GB">children in our caseload</span>',
    );
  });

  it('bilingually in Markdown and Word, Welsh first, each version marked', async () => {
    const markdown = renderInsightReportMarkdown(insight, [welsh, english]);
    const parts = markdown.split('\n\n---\n\n');
    expect(parts.map((part) => part.split('\n')[0])).toEqual(['<div lang="cy">', '<div lang="en-GB">']);
    const xml = unzip(await renderInsightReportDocx(insight, [welsh, english]));
    expect(xml.get('word/document.xml')).toContain('Siart: Grŵp ethnig');
  });
});

describe('a disparity analysis inside a Welsh assessment report', () => {
  it('is worded in Welsh, not marked as English', () => {
    const html = renderAssessmentHtml(publishedInput, [welsh]);
    // The analysis: its table, notes and chart (what authors wrote elsewhere may be marked English).
    const from = html.indexOf('class="eqia-insight');
    const to = html.indexOf('</figure>', html.indexOf('Mae’r tabl yn rhoi pob ffigur.'));
    const analysis = html.slice(from, to);
    expect(from).toBeGreaterThan(0);
    expect(analysis).toContain('Mae’r tabl yn rhoi pob ffigur.');
    expect(analysis).toContain('<table');
    expect(analysis).not.toContain('lang="en-GB"');
  });
});
