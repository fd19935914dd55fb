import { readFileSync } from 'node:fs';
import { axeViolations, launchBrowser, overflow, withPage } from './support/browser.js';

const browser = await launchBrowser();
for (const name of ['pub', 'draft']) {
  const html = readFileSync(`/tmp/i22-${name}.html`, 'utf8');
  for (const view of [
    { width: 1280, media: 'screen' as const },
    { width: 375, media: 'screen' as const },
    { width: 320, media: 'screen' as const },
    { width: 1280, media: 'print' as const },
  ]) {
    await withPage(browser, html, view, async (page) => {
      console.log(name, view.width, view.media, 'overflow', await overflow(page));
      if (view.width === 375) await page.screenshot({ path: `/tmp/i22-${name}-375.png`, fullPage: false });
      if (view.width === 1280 && view.media === 'screen')
        await page.screenshot({ path: `/tmp/i22-${name}-1280.png` });
      if (view.width !== 320) console.log((await axeViolations(page)).join('\n'));
    });
  }
}
await browser.close();
