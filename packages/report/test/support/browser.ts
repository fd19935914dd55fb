import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * A headless Chromium for the tests that look at a page as a reader's browser does: axe-core's rules,
 * the page's width on a phone, print media. The CLI's tests use it too, for the demo store's exports.
 */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(executablePath);
if (!haveChromium && process.env.CI) {
  throw new Error(
    `Chromium is missing at ${executablePath}: the browser tests need it (apt-get install chromium).`,
  );
}
if (!haveChromium) {
  console.warn(
    `Skipping the browser tests: no Chromium at ${executablePath}. Run \`apt-get install chromium\`.`,
  );
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices (landmarks, heading order, region…). */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
}

/**
 * One browser for the tests of the describe block it is called in: launched before them, closed after.
 * Read it inside a test (`browser()`), once it has launched.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is read before it launched: read it inside a test');
    return browser;
  };
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

export type View = { width: number; media: 'screen' | 'print' };

/** The views a published page must pass in: a desktop, a phone, and print. */
export const views: View[] = [
  { width: 1280, media: 'screen' },
  { width: 375, media: 'screen' },
  { width: 1280, media: 'print' },
];

/**
 * Opens the page in a fresh context and returns what the check reads from it. A report has no script: if
 * any ran (an alert from injected markup), the check fails whatever it found.
 */
export async function withPage<T>(
  browser: Browser,
  html: string,
  view: View,
  check: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: view.width, height: 800 } });
  const dialogs: string[] = [];
  try {
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.emulateMedia({ media: view.media });
    await page.setContent(html);
    const result = await check(page);
    if (dialogs.length > 0) throw new Error(`A script ran on the page: ${dialogs.join(', ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/** axe-core's violations on the page, one line each: "rule: help (targets)". */
export async function axeViolations(page: Page): Promise<string[]> {
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
}

/** How much wider than the window the page is (0 when nothing scrolls sideways). */
export async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}
