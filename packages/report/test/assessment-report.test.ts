import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cafcassProfile } from '@eqia/core';
import { parseExportDocument } from '@eqia/core/exchange';
import { describe, expect, it } from 'vitest';
import {
  assessmentJsonSchema,
  renderAssessmentHtml,
  renderAssessmentJson,
  renderAssessmentMarkdown,
} from '../src/index.js';
import { draftInput, publishedInput, publishedLog } from './fixtures/worked-example.js';

const headings = (html: string) =>
  [...html.matchAll(/<h([1-6])[^>]*>([^<]*)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), text: m[2] }));

describe('assessment report in HTML', () => {
  const draft = renderAssessmentHtml(draftInput);
  const published = renderAssessmentHtml(publishedInput);

  it('is one self-contained page in British English, with no script and nothing fetched', () => {
    for (const html of [draft, published]) {
      expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(/i);
      expect(html).toContain('@media print');
    }
  });

  it('marks a draft as a draft and lists its open findings', () => {
    expect(headings(draft)[1]).toEqual({ level: 2, text: 'DRAFT: not signed off' });
    expect(draft).toContain('class="banner banner-draft"');
    for (const finding of draftInput.findings)
      expect(draft).toContain(finding.message.replaceAll('"', '&quot;'));
    expect(draftInput.findings.length).toBeGreaterThan(0);
  });

  it('shows a signed-off assessment with who attested what, and no draft banner', () => {
    expect(published).toContain('<dt>Status</dt><dd>Signed off and published</dd>');
    expect(published).not.toContain('DRAFT');
    for (const stage of cafcassProfile.approvalChain) expect(published).toContain(stage.attestation);
    expect(published).toContain(
      'Julie Brown, Strategic Lead for EDI, Equality lead review, 5 March 2026 at 14:00 UTC',
    );
  });

  it('never skips a heading level', () => {
    const levels = headings(published).map((heading) => heading.level);
    expect(levels[0]).toBe(1);
    const skips = levels.filter((level, index) => index > 0 && level > (levels[index - 1] ?? 1) + 1);
    expect(skips).toEqual([]);
  });

  it('gives every table a caption and header cells with a scope', () => {
    const tables = published.match(/<table>[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThan(4);
    for (const table of tables) {
      expect(table).toMatch(/^<table>\n<caption id="[^"]+">[^<]+<\/caption>/);
      expect(table).not.toMatch(/<th(?![a-z])(?! scope="(col|row)")/);
    }
  });

  it('says each impact in the grid in words and symbols, not only colour', () => {
    const grid = published.slice(published.indexOf('id="impact-grid"'), published.indexOf('id="decision"'));
    const row = grid.match(/<tr><th scope="row">Disability<\/th>.*<\/tr>/)?.[0];
    expect(row).toContain('<td class="tone-negative-high">▼ Negative (high)</td>');
    expect(row).toContain('<td class="tone-positive">▲ Positive</td>');
    expect(grid).toContain('Intersection: Race (Black and mixed-heritage) × Sex (male) × Age (13 to 17)');
  });

  it('uses the profile and catalogue labels, not ids', () => {
    expect(published).toContain('Parents, carers and families');
    expect(published).toContain('(a) Eliminate discrimination');
    expect(published).not.toContain('parents_carers_families');
  });

  it('says plainly when an assessment was withdrawn or superseded', () => {
    const withdrawn = renderAssessmentHtml({
      ...draftInput,
      status: { state: 'withdrawn' },
      assessment: {
        ...draftInput.assessment,
        withdrawal: { reason: 'Lease renewed.', by: 'amara', at: '2026-04-01T10:00:00Z' },
      },
    });
    expect(headings(withdrawn)[1]?.text).toBe('Withdrawn: the policy was abandoned');
    expect(withdrawn).toContain('Reason: Lease renewed.');
    const superseded = renderAssessmentHtml({
      ...publishedInput,
      status: { state: 'superseded' },
      assessment: { ...publishedInput.assessment, supersededBy: 'eqia-2027-002' },
    });
    expect(superseded).toContain('Replaced by revision 2');
    expect(superseded).not.toContain('eqia-2027-002');
  });
});

describe('assessment report in Markdown', () => {
  it('has the same headings as the HTML', () => {
    const html = headings(renderAssessmentHtml(publishedInput)).map(({ level, text }) =>
      `${'#'.repeat(level)} ${text}`.replaceAll('&amp;', '&'),
    );
    const markdown = renderAssessmentMarkdown(publishedInput)
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => line.replaceAll('\\', ''));
    expect(markdown).toEqual(html);
  });
});

describe('assessment JSON', () => {
  it('is the canonical export, which reads back to the same assessment and status', () => {
    const { assessment, status } = publishedInput;
    const json = renderAssessmentJson({ assessment, status, events: publishedLog });
    const document = parseExportDocument(json);
    expect(document.format).toBe('eqia.assessment');
    expect(document.assessment).toEqual(assessment);
    expect(document.status).toEqual({ state: 'published' });
  });

  it('publishes the JSON Schema generated from the zod schema, as in docs/schema', () => {
    const published = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '..', '..', '..', 'docs', 'schema', 'assessment.schema.json'),
        'utf8',
      ),
    );
    expect(assessmentJsonSchema()).toEqual(published);
  });
});

describe('the review conversation', () => {
  const withComments = { ...publishedInput.assessment, review: draftInput.assessment.review };

  it('a draft shows each verdict and comment beside its section, with the ids to reply to or resolve', () => {
    const markdown = renderAssessmentMarkdown(draftInput);
    const evidence = markdown.slice(
      markdown.indexOf('## Evidence and data gaps'),
      markdown.indexOf('## Engagement'),
    );
    expect(evidence).toContain('### Review: Evidence and data gaps');
    expect(evidence).toContain('“Is there newer caseload data?” Open: not resolved yet.');
    for (const text of [markdown, renderAssessmentHtml(draftInput)]) {
      expect(text).toContain('Julie Brown judged it must be corrected');
      expect(text).toContain('Comment c-2, in reply to c-1, by Amara Okafor');
      expect(text).toContain('Resolved by Amara Okafor');
      expect(text).toContain('--resolve');
    }
  });

  it('says in words who requested changes', () => {
    expect(renderAssessmentMarkdown(draftInput)).toContain(
      'being assessed; changes requested by Julie Brown',
    );
  });

  it('never reaches a signed-off or published copy', () => {
    for (const state of ['signed_off', 'published'] as const) {
      const input = { ...publishedInput, status: { state }, assessment: withComments };
      for (const text of [renderAssessmentMarkdown(input), renderAssessmentHtml(input)]) {
        expect(text).not.toContain('Is there newer caseload data?');
        expect(text).not.toContain('judged it');
        expect(text).not.toContain('Review: ');
      }
    }
  });
});
