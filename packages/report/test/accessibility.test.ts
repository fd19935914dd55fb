import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cafcassProfile } from '@eqia/core';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAnnualReport,
  buildBoardReport,
  renderAnnualReportHtml,
  renderAssessmentHtml,
  renderBoardReportHtml,
} from '../src/index.js';
import { annualInput } from './fixtures/annual.js';
import { betterData } from './fixtures/objectives.js';
import { draftInput, publishedInput } from './fixtures/worked-example.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(executablePath);
if (!haveChromium && process.env.CI) {
  throw new Error(
    `Chromium is missing at ${executablePath}: the accessibility tests need it (apt-get install chromium).`,
  );
}
if (!haveChromium) {
  console.warn(
    `Skipping the accessibility tests: no Chromium at ${executablePath}. Run \`apt-get install chromium\`.`,
  );
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(!haveChromium)('HTML reports in a real browser, checked by axe-core at WCAG 2.2 AA', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function violations(html: string, media: 'screen' | 'print'): Promise<string[]> {
    const page = await browser.newPage();
    try {
      await page.emulateMedia({ media });
      await page.setContent(html);
      await page.addScriptTag({ content: axeSource });
      const found = (await page.evaluate(
        (runOnly) =>
          (
            globalThis as unknown as {
              axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
            }
          ).axe
            .run((globalThis as unknown as { document: unknown }).document, {
              runOnly: { type: 'tag', values: runOnly },
            })
            .then((result) => result.violations),
        tags,
      )) as AxeViolation[];
      return found.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
    } finally {
      await page.close();
    }
  }

  const pages = {
    'the draft assessment': () => renderAssessmentHtml(draftInput),
    'the signed-off assessment': () => renderAssessmentHtml(publishedInput),
    'the annual report': () =>
      renderAnnualReportHtml(buildAnnualReport({ ...annualInput, objectives: [betterData] }), cafcassProfile),
    'the Board progress report': () =>
      renderBoardReportHtml(
        buildBoardReport({
          objectives: [betterData],
          asOf: '2026-12-31',
          now: '2027-01-05T09:00:00Z',
          profile: cafcassProfile,
        }),
      ),
  };

  it('would catch a violation (a page without a language and an image without text)', async () => {
    const found = await violations('<!doctype html><title>x</title><p><img src="data:,"></p>', 'screen');
    expect(found.map((violation) => violation.split(':')[0])).toEqual(
      expect.arrayContaining(['html-has-lang', 'image-alt']),
    );
  }, 60_000);

  for (const [name, render] of Object.entries(pages)) {
    it(`finds no violations in ${name}, on screen and in print`, async () => {
      const html = render();
      expect(await violations(html, 'screen')).toEqual([]);
      expect(await violations(html, 'print')).toEqual([]);
    }, 60_000);
  }
});
