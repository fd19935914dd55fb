import { cafcassProfile, type Finding } from '@eqia/core';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { type AssessmentReportInput, renderAssessmentHtml, renderAssessmentMarkdown } from '../src/index.js';
import { fillText } from './fixtures/hostile.js';
import { publishedInput, sampleFindings } from './fixtures/worked-example.js';
import { hostileText } from './support/payloads.js';

const withTexts = (texts: readonly string[], draft: boolean): AssessmentReportInput => ({
  ...publishedInput,
  status: draft ? { state: 'in_review', stage: 'equality_review' } : publishedInput.status,
  assessment: fillText(publishedInput.assessment, texts),
  findings: fillText<Finding[]>(sampleFindings, texts),
});

const allowedTags = new Set(
  'html head meta title style body header main footer nav section h1 h2 h3 h4 h5 h6 p br dl div dt dd ul ol li table caption colgroup col thead tbody tfoot tr th td figure blockquote figcaption a strong bdi svg desc g rect line text'.split(
    ' ',
  ),
);
const allowedAttributes = new Set([
  'lang',
  'charset',
  'name',
  'content',
  'id',
  'class',
  'scope',
  'aria-labelledby',
  'href',
  // Wide tables scroll in a box a keyboard can reach.
  'tabindex',
  // The disparity table's column groups, and its bar chart (SVG drawn by the renderer, no script).
  'span',
  'colspan',
  'xmlns',
  'role',
  'viewBox',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'fill',
  'stroke',
  'stroke-width',
  'font-size',
  'font-weight',
]);

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must not reach the page
const badText = /[>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|&(?!(amp|lt|gt|quot|#39);)/;
const tag = /<(\/?)([a-z0-9]+)((?:\s+[a-zA-Z0-9-]+="[^"<>]*")*)\s*\/?>|<!doctype html>/y;

/** Splits the page into our tags and text; returns what is not one of our tags or not escaped text. */
function htmlProblems(html: string): string[] {
  const body = html.replace(/<style>[^<]*<\/style>/, '<style></style>');
  const problems: string[] = [];
  let index = 0;
  while (index < body.length) {
    const open = body.indexOf('<', index);
    const text = body.slice(index, open === -1 ? body.length : open);
    if (badText.test(text)) problems.push(`unescaped text: ${JSON.stringify(text)}`);
    if (open === -1) break;
    tag.lastIndex = open;
    const match = tag.exec(body);
    if (!match) {
      problems.push(`unexpected markup: ${JSON.stringify(body.slice(open, open + 60))}`);
      index = open + 1;
      continue;
    }
    if (match[2] && !allowedTags.has(match[2])) problems.push(`tag ${match[2]}`);
    for (const [, name = '', value = ''] of (match[3] ?? '').matchAll(/([a-zA-Z0-9-]+)="([^"]*)"/g)) {
      if (!allowedAttributes.has(name)) problems.push(`attribute ${name}`);
      if (name === 'href' && !/^(https?:\/\/|mailto:|#[A-Za-z0-9_-]+$)/i.test(value))
        problems.push(`href ${value}`);
    }
    index = tag.lastIndex;
  }
  return problems;
}

const markdown = new MarkdownIt({ html: true });

/** The Markdown's structure as a CommonMark parser sees it: counts of each kind of token. */
function structure(source: string) {
  const counts = new Map<string, number>();
  const count = (type: string) => counts.set(type, (counts.get(type) ?? 0) + 1);
  for (const token of markdown.parse(source, {})) {
    if (['paragraph_open', 'paragraph_close', 'inline'].includes(token.type)) continue;
    count(token.type);
    for (const child of token.children ?? []) {
      if (child.type === 'html_inline' && child.content === '<br>') continue;
      if (!['text', 'softbreak'].includes(child.type))
        count(child.type === 'link_open' ? `link ${child.attrGet('href')}` : child.type);
    }
  }
  return Object.fromEntries([...counts].sort());
}

describe('user text never becomes markup', () => {
  it('in HTML: every tag and attribute on the page is one the renderer wrote', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 30 }), fc.boolean(), (texts, draft) => {
        expect(htmlProblems(renderAssessmentHtml(withTexts(texts, draft)))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('in Markdown: the document has the same structure as with plain words in every field', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 30 }), fc.boolean(), (texts, draft) => {
        const plain = structure(renderAssessmentMarkdown(withTexts(['a'], draft)));
        const hostile = structure(renderAssessmentMarkdown(withTexts(texts, draft)));
        // Links come only from http(s) and mailto addresses, and the contents; plain words make none.
        for (const counts of [plain, hostile]) {
          for (const link of Object.keys(counts).filter((type) => type.startsWith('link '))) {
            expect(link).toMatch(/^link (https?:\/\/|mailto:|#[\p{L}\p{N}_%-]+$)/iu);
            delete counts[link];
          }
          delete counts.link_close;
        }
        expect(hostile).toEqual(plain);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('the HTML check itself catches injected markup', () => {
    const html = renderAssessmentHtml(publishedInput);
    expect(htmlProblems(html)).toEqual([]);
    expect(htmlProblems(html.replace('<main>', '<main><img src=x onerror=alert(1)>'))).not.toEqual([]);
    expect(htmlProblems(html.replace('<main>', '<main><p onclick="x">'))).toEqual(['attribute onclick']);
  });

  it('keeps the profile labels escaped too', () => {
    const profile = { ...cafcassProfile, organisation: '<b>Org</b> & "Co"' };
    const html = renderAssessmentHtml({ ...publishedInput, profile });
    expect(html).toContain('&lt;b&gt;Org&lt;/b&gt; &amp; &quot;Co&quot;');
  });
});
