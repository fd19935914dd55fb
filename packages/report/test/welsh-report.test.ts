import { messageTexts } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { welsh, welshReview, welshWords } from '../src/cy.js';
import {
  english,
  renderAssessmentDocx,
  renderAssessmentHtml,
  renderAssessmentMarkdown,
} from '../src/index.js';
import { englishWords } from '../src/language/english.js';
import { draftInput, publishedInput } from './fixtures/worked-example.js';
import { unzip } from './support/zip.js';

const headings = (html: string) =>
  [...html.matchAll(/<h[1-6][^>]*>(.*?)<\/h[1-6]>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, ''));
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);

describe('the report’s own words in Welsh', () => {
  it('words every message English has in every area, with the same values, and leaves none empty', () => {
    expect(Object.keys(welshWords).sort()).toEqual(Object.keys(englishWords).sort());
    for (const [area, en] of Object.entries(englishWords)) {
      const enTexts = messageTexts(en, area);
      const cyTexts = messageTexts(welshWords[area as keyof typeof welshWords], area);
      expect(Object.keys(enTexts).length, area).toBeGreaterThan(0);
      expect(Object.keys(cyTexts).sort()).toEqual(Object.keys(enTexts).sort());
      for (const [id, text] of Object.entries(cyTexts)) {
        expect(text.trim(), id).not.toBe('');
        const values = (message: string) =>
          [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
        expect(values(text), id).toEqual(values(enTexts[id] ?? ''));
      }
    }
  });

  it('lists every Welsh message, core’s and the report’s, for review, none yet reviewed', () => {
    const rows = welshReview();
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(rows.map((row) => row.id)).toEqual(
      expect.arrayContaining([
        'census.sex.categories.female',
        'report.assessment.summary.heading',
        'report.annual.payGaps.heading',
        'report.objectives.board.title',
        'report.insight.chart.title',
      ]),
    );
    expect(rows.find((row) => row.id === 'report.assessment.title')?.cy).toBe(
      'Asesiad effaith cydraddoldeb: {policy}',
    );
    expect(rows.filter((row) => row.reviewed)).toEqual([]);
  });
});

describe('an assessment report in Welsh', () => {
  const html = renderAssessmentHtml(publishedInput, [welsh]);

  it('is a Welsh page, with Welsh headings, labels, characteristics and dates', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="cy">')).toBe(true);
    expect(headings(html)[0]).toBe(`Asesiad effaith cydraddoldeb: ${publishedInput.assessment.policy.title}`);
    expect(headings(html)).toEqual(
      expect.arrayContaining(['Crynodeb', 'Cynnwys', 'Y ddyletswydd gyffredinol', 'Hil']),
    );
    expect(html).toContain('<dt>Statws</dt><dd>Wedi’i gymeradwyo a’i gyhoeddi</dd>');
    expect(html).toMatch(
      /\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}/,
    );
    for (const heading of ['The policy', 'Contents', 'Not recorded', 'Summary'])
      expect(headings(html)).not.toContain(heading);
  });

  it('words a draft’s banner, findings and page furniture in Welsh', () => {
    const draft = renderAssessmentHtml(draftInput, [welsh]);
    expect(headings(draft)).toEqual(
      expect.arrayContaining(['DRAFFT: heb ei gymeradwyo', 'I’w wneud cyn cymeradwyo']),
    );
    expect(draft).toContain('Tudalen');
  });

  it('reads the same in Markdown, marked as Welsh', () => {
    const markdown = renderAssessmentMarkdown(publishedInput, [welsh]);
    expect(markdown.startsWith('<div lang="cy">\n\n# Asesiad effaith cydraddoldeb:')).toBe(true);
    expect(markdown.trimEnd().endsWith('</div>')).toBe(true);
    expect(markdown).toContain('## Cynnwys');
  });
});

describe('a bilingual assessment report', () => {
  const html = renderAssessmentHtml(publishedInput, [welsh, english]);

  it('gives each language a whole version marked with its lang, the first language first', () => {
    expect(html).toContain('<html lang="cy">');
    const articles = [...html.matchAll(/<article lang="([^"]+)">/g)].map((m) => m[1]);
    expect(articles).toEqual(['cy', 'en-GB']);
    expect(html.indexOf('Asesiad effaith cydraddoldeb')).toBeLessThan(
      html.indexOf('Equality impact assessment:'),
    );
    expect(html.match(/<main>/g)).toHaveLength(1);
    expect(html).toContain('<footer>\n<p lang="cy">');
    expect(renderAssessmentHtml(publishedInput, [english, welsh])).toContain('<html lang="en-GB">');
  });

  it('gives every anchor a unique id, so each contents list links within its own version', () => {
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    const contents = [...html.matchAll(/<nav class="contents" aria-labelledby="([^"]+)">/g)].map((m) => m[1]);
    expect(contents).toEqual(['contents-heading', 'contents-2-heading']);
  });

  it('in Markdown, puts each version in its own lang, Welsh first, a rule between', () => {
    const markdown = renderAssessmentMarkdown(publishedInput, [welsh, english]);
    const parts = markdown.split('\n\n---\n\n');
    expect(parts).toHaveLength(2);
    expect(parts[0]?.startsWith('<div lang="cy">')).toBe(true);
    expect(parts[1]?.startsWith('<div lang="en-GB">\n\n# Equality impact assessment:')).toBe(true);
  });

  it('in Word, marks every run of each version with its language, the document’s default the first', async () => {
    const xml = unzip(await renderAssessmentDocx(publishedInput, [welsh, english]));
    const body = xml.get('word/document.xml') ?? '';
    const styles = xml.get('word/styles.xml') ?? '';
    expect(styles).toMatch(/<w:lang w:val="cy-GB"\/>/);
    const welshRun = body.indexOf('<w:lang w:val="cy-GB"/>');
    const englishRun = body.indexOf('<w:lang w:val="en-GB"/>');
    expect(welshRun).toBeGreaterThan(-1);
    expect(englishRun).toBeGreaterThan(welshRun);
    // Every run of text says its language: none is left to the default.
    const runs = body.match(/<w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>[^<]+<\/w:t>/g) ?? [];
    expect(runs.length).toBeGreaterThan(100);
    expect(runs.filter((run) => !run.includes('<w:lang'))).toEqual([]);
  });
});
