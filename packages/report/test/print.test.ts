import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderAssessmentHtml } from '../src/index.js';
import { draftInput, publishedInput } from './fixtures/worked-example.js';
import { haveChromium, sharedBrowser } from './support/browser.js';

const pdftotext = existsSync('/usr/bin/pdftotext');

/** The page printed to PDF by Chromium, as the text of each page. */
async function printedPages(browser: Browser, html: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    const pdf = await page.pdf({ format: 'A4' });
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
    return text.split('\f').filter((part) => part.trim() !== '');
  } finally {
    await page.close();
  }
}

describe.skipIf(!haveChromium || !pdftotext)('an HTML report printed from Chromium', () => {
  const browser = sharedBrowser();

  it('has the running title and "Page n of m" on every page, and DRAFT on every page of a draft', async () => {
    for (const [input, draft] of [
      [draftInput, true],
      [publishedInput, false],
    ] as const) {
      const pages = await printedPages(browser(), renderAssessmentHtml(input));
      expect(pages.length).toBeGreaterThan(5);
      pages.forEach((page, index) => {
        expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
        expect(page).toContain('Equality impact assessment: Video by default');
        expect(page.includes('DRAFT: not signed off'), `page ${index + 1}`).toBe(draft);
      });
    }
  }, 120_000);
});
