import { describe, expect, it } from 'vitest';
import { welsh } from '../src/cy.js';
import { markedParts } from '../src/document/foreign.js';
import {
  english,
  renderAssessmentDocx,
  renderAssessmentHtml,
  renderAssessmentMarkdown,
} from '../src/index.js';
import { draftInput } from './fixtures/worked-example.js';
import { axeViolations, haveChromium, sharedBrowser, views, withPage } from './support/browser.js';
import { unzip } from './support/zip.js';

// In a Welsh report, what the organisation wrote (its profile) and what an author wrote without a Welsh
// version is English: each is marked so, wherever it is placed, so a screen reader switches voice.

const { profile } = draftInput;
const title = draftInput.assessment.policy.title;
/** The organisation's words the draft's Welsh report shows: its name, contact, audiences and stages. */
const profileWords = [
  profile.organisation,
  profile.publishing.contact,
  ...profile.audiences
    .filter((audience) => audience.label !== 'Partners and the public')
    .map((audience) => audience.label),
];

interface PageNode {
  textContent: string | null;
  parentElement: { closest(selector: string): { getAttribute(name: string): string | null } | null } | null;
}

/** In the page, the `lang` in force on each text node that holds `text` (the nearest element with one). */
const langsOf = (texts: string[]) => (page: import('playwright-core').Page) =>
  page.evaluate((wanted) => {
    // Run in the page: the browser's DOM.
    const { document, NodeFilter } = globalThis as unknown as {
      document: {
        body: unknown;
        createTreeWalker(root: unknown, show: number): { nextNode(): PageNode | null };
      };
      NodeFilter: { SHOW_TEXT: number };
    };
    const found: Record<string, string[]> = {};
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.textContent ?? '';
      for (const text of wanted)
        if (value.includes(text)) {
          const langs = found[text] ?? [];
          langs.push(node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '');
          found[text] = langs;
        }
    }
    return found;
  }, texts);

describe('English in a Welsh report', () => {
  const html = renderAssessmentHtml(draftInput, [welsh]);

  it('marks the title inside the Welsh heading, and the organisation in the subtitle', () => {
    expect(html).toContain(`<h1>Asesiad effaith cydraddoldeb: <span lang="en-GB">${title}</span></h1>`);
    expect(html).toContain(
      `<dd><span lang="en-GB">${profile.organisation.replace(/&/g, '&amp;')}</span></dd>`,
    );
  });

  it('leaves an English report, and the English version of a bilingual one, unmarked', () => {
    expect(renderAssessmentHtml(draftInput, [english])).not.toContain('<span lang=');
    const both = renderAssessmentHtml(draftInput, [welsh, english]);
    const englishVersion = both.slice(both.indexOf('<article lang="en-GB"'));
    expect(englishVersion).not.toContain('<span lang="en-GB">');
    expect(both.slice(0, both.indexOf('<article lang="en-GB"'))).toContain('<span lang="en-GB">');
  });

  it('marks them in Word as runs in English, and in Markdown as spans', async () => {
    const xml = unzip(await renderAssessmentDocx(draftInput, [welsh])).get('word/document.xml') ?? '';
    const heading = xml.slice(xml.indexOf('Asesiad effaith cydraddoldeb: '));
    expect(heading.slice(0, heading.indexOf(title))).toContain('<w:lang w:val="en-GB"/>');
    expect(renderAssessmentMarkdown(draftInput, [welsh])).toContain(
      `# Asesiad effaith cydraddoldeb: <span lang="en-GB">${title}</span>`,
    );
  });

  it('finds whole words only, the longest first', () => {
    expect(markedParts('Staffordshire Staff: Staff and visitors', ['Staff and visitors', 'Staff'])).toEqual([
      'Staffordshire ',
      { text: 'Staff', lang: 'en-GB' },
      ': ',
      { text: 'Staff and visitors', lang: 'en-GB' },
    ]);
    expect(markedParts('Dim', ['Staff'])).toEqual(['Dim']);
  });
});

describe.skipIf(!haveChromium)('English in a Welsh report, in a real browser', () => {
  const browser = sharedBrowser();

  it('is read in English wherever the organisation’s words stand, and the page has no axe violation', async () => {
    const html = renderAssessmentHtml(draftInput, [welsh]);
    const view = views[0] as (typeof views)[number];
    const langs = await withPage(browser(), html, view, langsOf([title, ...profileWords]));
    const read = [title, ...profileWords].map((text) => ({
      text,
      langs: [...new Set(langs[text] ?? ['not shown'])],
    }));
    expect(read).toEqual([title, ...profileWords].map((text) => ({ text, langs: ['en-GB'] })));
    expect(await withPage(browser(), html, view, axeViolations)).toEqual([]);
  }, 60_000);
});
