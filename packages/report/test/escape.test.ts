import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdownBlock, escapeMarkdownCell, escapeMarkdownInline } from '../src/index.js';
import { hostileText } from './support/payloads.js';

// html: true so that any `<` a renderer let through would come out as live HTML.
const markdown = new MarkdownIt({ html: true });
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const asMarkdownItText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

describe('escapeHtml', () => {
  it('turns markup into text, in element content and quoted attributes alike', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toMatchInlineSnapshot(
      `"&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;"`,
    );
  });

  it('never leaves a markup character, and decodes back to the text (control characters shown as U+FFFD)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
        const decoded = escaped
          .replaceAll('&lt;', '<')
          .replaceAll('&gt;', '>')
          .replaceAll('&quot;', '"')
          .replaceAll('&#39;', "'")
          .replaceAll('&amp;', '&');
        expect(decoded).toBe(text.replace(controls, '\uFFFD'));
      }),
    );
  });
});

describe('Markdown escaping, read back by a CommonMark parser', () => {
  it('keeps a line of text as exactly that text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const expected = text
          .replace(controls, '\uFFFD')
          .replace(/\r\n?/g, '\n')
          .replace(/\s*\n\s*/g, ' ')
          .trim();
        expect(markdown.render(escapeMarkdownInline(text))).toBe(`<p>${asMarkdownItText(expected)}</p>\n`);
      }),
    );
  });

  it('keeps prose as paragraphs of text, with no other markup', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const tokens = markdown.parse(escapeMarkdownBlock(text), {});
        const kinds = new Set(tokens.map((token) => token.type));
        expect([...kinds].sort()).toEqual(['inline', 'paragraph_close', 'paragraph_open']);
        for (const token of tokens.filter((candidate) => candidate.type === 'inline')) {
          const children = new Set((token.children ?? []).map((child) => child.type));
          for (const kind of children) expect(['text', 'softbreak']).toContain(kind);
        }
      }),
    );
  });

  it('keeps a table cell inside its cell, line breaks shown as <br>', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const html = markdown.render(`| Column |\n| --- |\n| ${escapeMarkdownCell(text)} |\n`);
        const cells = html.match(/<td>([\s\S]*?)<\/td>/g) ?? [];
        expect(cells).toHaveLength(1);
        const inside = (cells[0] ?? '').slice(4, -5);
        const lines = text
          .replace(controls, '\uFFFD')
          .replace(/\r\n?/g, '\n')
          .trim()
          .split(/\n+/)
          .map((line) => line.trim())
          .filter(Boolean);
        expect(inside).toBe(lines.map(asMarkdownItText).join('<br>'));
      }),
    );
  });
});
