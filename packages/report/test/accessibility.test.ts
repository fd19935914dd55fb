import { cafcassProfile } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { welsh } from '../src/cy.js';
import {
  buildAnnualReport,
  buildBoardReport,
  english,
  renderAnnualReportHtml,
  renderAssessmentHtml,
  renderBoardReportHtml,
  renderInsightReportHtml,
} from '../src/index.js';
import { annualInput } from './fixtures/annual.js';
import { hostileInput } from './fixtures/hostile.js';
import { ethnicityAnalysis } from './fixtures/insight.js';
import { betterData, betterDataInWelsh } from './fixtures/objectives.js';
import { draftInput, publishedInput } from './fixtures/worked-example.js';
import { axeViolations, haveChromium, overflow, sharedBrowser, views, withPage } from './support/browser.js';

type Languages = Parameters<typeof renderAnnualReportHtml>[2];

/** One page of a document in each language a body may publish it in: English, Welsh, both. */
const inEachLanguage = (name: string, render: (languages: Languages) => string) => ({
  [name]: () => render([english]),
  [`${name} in Welsh`]: () => render([welsh]),
  [`${name} in Welsh and English`]: () => render([welsh, english]),
});

describe.skipIf(!haveChromium)('HTML reports in a real browser', () => {
  const browser = sharedBrowser();

  const pages = {
    'the draft assessment': () => renderAssessmentHtml(draftInput),
    'the signed-off assessment': () => renderAssessmentHtml(publishedInput),
    // Every publication in English, in Welsh and in both (Welsh first, one page holding each version).
    ...inEachLanguage('the annual report', (languages) =>
      renderAnnualReportHtml(
        buildAnnualReport({ ...annualInput, objectives: [betterData] }),
        cafcassProfile,
        languages,
      ),
    ),
    ...inEachLanguage('the Board progress report', (languages) =>
      renderBoardReportHtml(
        buildBoardReport({
          objectives: [betterData],
          asOf: '2026-12-31',
          now: '2027-01-05T09:00:00Z',
          profile: cafcassProfile,
        }),
        cafcassProfile,
        languages,
      ),
    ),
    // Objectives with some Welsh: English left in a Welsh sentence is a span in English's language.
    ...inEachLanguage('the annual report with objectives partly in Welsh', (languages) =>
      renderAnnualReportHtml(
        buildAnnualReport({ ...annualInput, objectives: [betterDataInWelsh] }),
        cafcassProfile,
        languages,
      ),
    ),
    ...inEachLanguage('the insight report', (languages) =>
      renderInsightReportHtml(
        { analysis: ethnicityAnalysis, profile: cafcassProfile, generatedAt: '2026-04-01T09:00:00Z' },
        languages,
      ),
    ),
    'an assessment with hostile text in every field': () => renderAssessmentHtml(hostileInput(false)),
    'a draft with hostile text in every field': () => renderAssessmentHtml(hostileInput(true)),
    'the draft assessment in Welsh': () => renderAssessmentHtml(draftInput, [welsh]),
    'the signed-off assessment in Welsh': () => renderAssessmentHtml(publishedInput, [welsh]),
    'the signed-off assessment in Welsh and English': () =>
      renderAssessmentHtml(publishedInput, [welsh, english]),
  };

  it('would catch a violation (a page without a language and an image without text)', async () => {
    const found = await withPage(
      browser(),
      '<!doctype html><title>x</title><p><img src="data:,"></p>',
      views[0]!,
      axeViolations,
    );
    expect(found.map((violation) => violation.split(':')[0])).toEqual(
      expect.arrayContaining(['html-has-lang', 'image-alt', 'region']),
    );
  });

  it('would catch a page wider than a phone, and a script that runs', async () => {
    const wide = `<!doctype html><p>${'x'.repeat(500)}</p>`;
    expect(await withPage(browser(), wide, { width: 320, media: 'screen' }, overflow)).toBeGreaterThan(0);
    await expect(withPage(browser(), '<script>alert(1)</script>', views[0]!, overflow)).rejects.toThrow(
      /A script ran/,
    );
  });

  for (const [name, render] of Object.entries(pages)) {
    it(`${name}: no axe violation (WCAG 2.2 AA and best practice) at 1280 and 375 pixels and in print, and nothing wider than 320 pixels`, async () => {
      const html = render();
      for (const view of views) {
        expect(await withPage(browser(), html, view, axeViolations), `${view.media} ${view.width}`).toEqual(
          [],
        );
      }
      expect(await withPage(browser(), html, { width: 320, media: 'screen' }, overflow)).toBe(0);
    }, 180_000);
  }
});
