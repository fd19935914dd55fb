import { cafcassProfile } from '@eqia/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { betterData } from './fixtures/objectives.js';
import { draftInput, publishedInput } from './fixtures/worked-example.js';
import { axeViolations, haveChromium, launchBrowser, overflow, views, withPage } from './support/browser.js';

describe.skipIf(!haveChromium)('HTML reports in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const pages = {
    'the draft assessment': () => renderAssessmentHtml(draftInput),
    'the signed-off assessment': () => renderAssessmentHtml(publishedInput),
    // The publications in both languages, Welsh first: one page checks each language's version.
    'the annual report in Welsh and English': () =>
      renderAnnualReportHtml(
        buildAnnualReport({ ...annualInput, objectives: [betterData] }),
        cafcassProfile,
        [welsh, english],
      ),
    'the Board progress report in Welsh and English': () =>
      renderBoardReportHtml(
        buildBoardReport({
          objectives: [betterData],
          asOf: '2026-12-31',
          now: '2027-01-05T09:00:00Z',
          profile: cafcassProfile,
        }),
        cafcassProfile,
        [welsh, english],
      ),
    'the insight report in Welsh and English': () =>
      renderInsightReportHtml(
        { analysis: ethnicityAnalysis, profile: cafcassProfile, generatedAt: '2026-04-01T09:00:00Z' },
        [welsh, english],
      ),
    'an assessment with hostile text in every field': () => renderAssessmentHtml(hostileInput(false)),
    'a draft with hostile text in every field': () => renderAssessmentHtml(hostileInput(true)),
    'the draft assessment in Welsh': () => renderAssessmentHtml(draftInput, [welsh]),
    'the signed-off assessment in Welsh and English': () =>
      renderAssessmentHtml(publishedInput, [welsh, english]),
  };

  it('would catch a violation (a page without a language and an image without text)', async () => {
    const found = await withPage(
      browser,
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
    expect(await withPage(browser, wide, { width: 320, media: 'screen' }, overflow)).toBeGreaterThan(0);
    await expect(withPage(browser, '<script>alert(1)</script>', views[0]!, overflow)).rejects.toThrow(
      /A script ran/,
    );
  });

  for (const [name, render] of Object.entries(pages)) {
    it(`${name}: no axe violation (WCAG 2.2 AA and best practice) at 1280 and 375 pixels and in print, and nothing wider than 320 pixels`, async () => {
      const html = render();
      for (const view of views) {
        expect(await withPage(browser, html, view, axeViolations), `${view.media} ${view.width}`).toEqual([]);
      }
      expect(await withPage(browser, html, { width: 320, media: 'screen' }, overflow)).toBe(0);
    }, 180_000);
  }
});
