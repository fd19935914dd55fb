import { cafcassProfile, type Profile } from '@eqia/core';
import { withObjectiveWelsh } from '@eqia/core/objectives';
import { describe, expect, it } from 'vitest';
import { welsh } from '../src/cy.js';
import type { ReportDocument, Section } from '../src/document/blocks.js';
import { section } from '../src/document/blocks.js';
import { renderDocxDocument } from '../src/docx/render-docx.js';
import { renderHtmlDocument } from '../src/html/render-html.js';
import {
  buildAnnualReport,
  buildBoardReport,
  english,
  renderAnnualReportDocx,
  renderAnnualReportHtml,
  renderAnnualReportMarkdown,
  renderAssessmentHtml,
  renderBoardReportDocx,
  renderBoardReportHtml,
  renderBoardReportMarkdown,
  renderInsightReportDocx,
  renderInsightReportHtml,
  renderInsightReportMarkdown,
} from '../src/index.js';
import { renderMarkdownDocument } from '../src/markdown/render-markdown.js';
import { boardDocument } from '../src/objectives/board-report.js';
import { annualInput } from './fixtures/annual.js';
import { ethnicityAnalysis } from './fixtures/insight.js';
import { betterData, objective } from './fixtures/objectives.js';
import { draftInput } from './fixtures/worked-example.js';
import { axeViolations, haveChromium, sharedBrowser, views, withPage } from './support/browser.js';
import { unzip } from './support/zip.js';

// The annual, Board and disparity reports in Welsh mark what stays English (the profile's words, the
// data's) as the assessment report does, in every format, and show the profile's Welsh where written.

/** Cafcass's profile with Welsh for its name and one audience: the rest of its words stay English. */
const inWelsh: Profile = {
  ...structuredClone(cafcassProfile),
  schemaVersion: 2,
  welsh: {
    organisation: 'Cafcass Cymru',
    'audiences/children_young_people/label': 'Plant a phobl ifanc',
  },
};
const organisation = cafcassProfile.organisation;
/** An objective with no updates: its one milestone, due in 2026, is late by 2027. */
const late = objective('Late data', []);
const lateInWelsh = withObjectiveWelsh(late, { 'milestones/m1/description': 'Y cam cyntaf' });
const board = (objectives = [betterData, late]) =>
  buildBoardReport({ objectives, asOf: '2027-08-01', now: '2027-08-02T09:00:00Z', profile: cafcassProfile });
const annual = buildAnnualReport({ ...annualInput, objectives: [betterData] });
const insight = (profile: Profile) => ({
  analysis: ethnicityAnalysis,
  profile,
  generatedAt: '2026-04-01T09:00:00Z',
});
const span = (text: string) => `<span lang="en-GB">${text}</span>`;

describe('English inside the Welsh annual, Board and disparity reports', () => {
  it('marks the profile’s words and the data’s in HTML and Markdown, none in English', () => {
    const html = renderAnnualReportHtml(annual, cafcassProfile, [welsh]);
    expect(html).toContain(`<dd>${span(organisation)}</dd>`);
    expect(html).toContain(`<th scope="row" lang="en-GB">Renewal of staff car parking permits</th>`);
    const markdown = renderAnnualReportMarkdown(annual, cafcassProfile, [welsh]);
    expect(markdown).toContain(`- **Sefydliad:** ${span(organisation)}`);
    for (const page of [
      renderAnnualReportHtml(annual, cafcassProfile, [english]),
      renderBoardReportHtml(board(), cafcassProfile, [english]),
      renderInsightReportMarkdown(insight(cafcassProfile), [english]),
    ])
      expect(page).not.toMatch(/<(span|td|th|p|dd) lang=/);
    expect(renderBoardReportMarkdown(board(), cafcassProfile, [welsh])).toContain(
      `- **Sefydliad:** ${span(organisation)}`,
    );
    expect(renderInsightReportMarkdown(insight(cafcassProfile), [welsh])).toContain(
      `# Dadansoddiad o wahaniaethau: Grŵp ethnig: ${span('children in our caseload')}`,
    );
  });

  it('marks them in Word as runs in English', async () => {
    const english = (xml: string | undefined) =>
      (xml ?? '').includes(`<w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${organisation}</w:t>`);
    expect(
      english(unzip(await renderAnnualReportDocx(annual, cafcassProfile, [welsh])).get('word/document.xml')),
    ).toBe(true);
    expect(
      english(unzip(await renderBoardReportDocx(board(), cafcassProfile, [welsh])).get('word/document.xml')),
    ).toBe(true);
    expect(
      english(
        unzip(await renderInsightReportDocx(insight(cafcassProfile), [welsh])).get('word/document.xml'),
      ),
    ).toBe(true);
  });

  it('marks an English title inside a Welsh heading, and in the contents that link to it', async () => {
    const markdown = renderBoardReportMarkdown(board(), cafcassProfile, [welsh]);
    expect(markdown).toContain(`### Amcan 1: ${span('Better data')}`);
    const html = renderBoardReportHtml(board(), cafcassProfile, [welsh]);
    expect(html).toContain(`-heading">Amcan 1: ${span('Better data')}</h3>`);
    const xml =
      unzip(await renderBoardReportDocx(board(), cafcassProfile, [welsh])).get('word/document.xml') ?? '';
    const heading = xml.slice(xml.indexOf('Amcan 1: '));
    expect(heading.slice(0, heading.indexOf('Better data'))).toContain('<w:lang w:val="en-GB"/>');
  });

  it('lists a heading with a part in English in the contents as the heading is, its anchor from its text', async () => {
    const document = boardDocument(board(), cafcassProfile, welsh);
    const listed: Section = {
      ...section('staff', ['Adran: ', { text: 'Staff networks', lang: 'en-GB' }], []),
    };
    const withListed: ReportDocument = { ...document, sections: [listed] };
    expect(renderMarkdownDocument(withListed)).toContain(
      `1. [Adran: ${span('Staff networks')}](#adran-staff-networks)`,
    );
    expect(renderHtmlDocument(withListed)).toContain(
      `<li><a href="#staff">Adran: ${span('Staff networks')}</a></li>`,
    );
    const xml = unzip(await renderDocxDocument(withListed)).get('word/document.xml') ?? '';
    const link = xml.slice(xml.indexOf('w:anchor="s_staff"'));
    expect(link.slice(0, link.indexOf('</w:hyperlink>'))).toMatch(
      /w:val="Hyperlink"\/><w:lang w:val="en-GB"\/><\/w:rPr><w:t xml:space="preserve">Staff networks/,
    );
  });

  it('shows the profile’s Welsh where written, unmarked, and its English left marked', () => {
    const html = renderAnnualReportHtml(annual, inWelsh, [welsh, english]);
    expect(html).toContain('<dd>Cafcass Cymru</dd>');
    // The English version keeps the English.
    expect(html).toContain(`<dd>${organisation}</dd>`);
    expect(html).toContain('Plant a phobl ifanc');
    const board = renderBoardReportMarkdown(
      buildBoardReport({
        objectives: [betterData],
        asOf: '2027-08-01',
        now: '2027-08-02T09:00:00Z',
        profile: inWelsh,
      }),
      inWelsh,
      [welsh],
    );
    expect(board).toContain('- **Sefydliad:** Cafcass Cymru');
    const disparity = renderInsightReportHtml(insight(inWelsh), [welsh]);
    expect(disparity).toContain('<dd>Cafcass Cymru</dd>');
    expect(disparity).toContain(span(cafcassProfile.publishing.alternativeFormats));
  });

  it('names the profile and the assessment’s stages in the profile’s Welsh in an assessment report', () => {
    const stages = draftInput.profile.approvalChain;
    const profile: Profile = {
      ...structuredClone(draftInput.profile),
      schemaVersion: 2,
      welsh: Object.fromEntries([
        ['organisation', 'Sefydliad Enghreifftiol'],
        ...stages.map((stage, index) => [`approvalChain/${stage.id}/label`, `Cam ${index + 1}`]),
      ]),
    };
    const html = renderAssessmentHtml({ ...draftInput, profile }, [welsh]);
    expect(html).toContain('<dd>Sefydliad Enghreifftiol</dd>');
    for (const [index, stage] of stages.entries()) {
      expect(html).toContain(`Cam ${index + 1}`);
      expect(html).not.toContain(stage.label);
    }
    expect(renderAssessmentHtml({ ...draftInput, profile }, [english])).not.toContain('Cam 1');
  });

  it('names a late milestone in its Welsh in the attention line, else in English marked', () => {
    const withWelsh = renderBoardReportMarkdown(board([lateInWelsh]), cafcassProfile, [welsh]);
    expect(withWelsh).toContain('Roedd carreg filltir “Y cam cyntaf” i fod erbyn 30 Mehefin 2026.');
    expect(withWelsh).not.toContain('First step');
    const without = renderBoardReportMarkdown(board([late]), cafcassProfile, [welsh]);
    expect(without).toContain(`Roedd carreg filltir “${span('First step')}” i fod erbyn 30 Mehefin 2026.`);
    expect(renderBoardReportMarkdown(board([lateInWelsh]), cafcassProfile, [english])).toContain(
      'First step',
    );
  });
});

describe.skipIf(!haveChromium)('the Welsh annual, Board and disparity reports, in a real browser', () => {
  const browser = sharedBrowser();

  it('have no axe violation, with English marked within them', async () => {
    const view = views[0] as (typeof views)[number];
    for (const html of [
      renderAnnualReportHtml(annual, inWelsh, [welsh]),
      renderBoardReportHtml(board([lateInWelsh, betterData]), cafcassProfile, [welsh, english]),
      renderInsightReportHtml(insight(cafcassProfile), [welsh]),
    ])
      expect(await withPage(browser(), html, view, axeViolations)).toEqual([]);
  }, 120_000);
});
