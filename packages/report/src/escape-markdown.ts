import { showInvisible } from '@eqia/core';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const forbiddenControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Characters that start markup anywhere in a line (emphasis, code, links, images, raw HTML, entities,
 * tables, strikethrough, headings, block quotes). CommonMark renders any backslash-escaped ASCII
 * punctuation literally, so a backslash in front of each is always safe.
 */
const inlineMarkup = /[\\`*_[\]<>#|~&!]/g;

/** Markers that only mean something at the start of a line: list items, ordered lists, setext rules. */
const lineStartMarker = /^(\s*)([-+=]|\d+(?=[.)]))/;

function escapeLine(line: string): string {
  const escaped = line.trimStart().replace(inlineMarkup, (char) => `\\${char}`);
  return escaped.replace(lineStartMarker, (_match, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

/** Bidirectional controls are shown (⟨U+202E⟩), so no text reads differently from what it holds. */
function clean(text: string): string {
  return showInvisible(text.replace(forbiddenControls, '\uFFFD').replace(/\r\n?/g, '\n'));
}

/** One line of Markdown text (a heading, a list item, a label): line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(
    clean(text)
      .replace(/\s*\n\s*/g, ' ')
      .trim(),
  );
}

/** Multi-paragraph prose: paragraphs are kept, every line escaped. */
export function escapeMarkdownBlock(text: string): string {
  return clean(text)
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeLine(line).trimEnd())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** A GFM table cell: pipes escaped (inlineMarkup does it) and line breaks shown as `<br>`. */
export function escapeMarkdownCell(text: string): string {
  return clean(text)
    .trim()
    .split(/\n+/)
    .map((line) => escapeLine(line).trimEnd())
    .filter((line) => line !== '')
    .join('<br>');
}

/** A link destination: characters that would end or break `[text](destination)` are percent-encoded. */
export function markdownLinkDestination(href: string): string {
  return href.replace(
    /[\s<>()\\`[\]|]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
