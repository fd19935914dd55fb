import { hasRightToLeft, withoutBidiControls } from '@eqia/core';

/**
 * Control characters other than tab, line feed and carriage return are not allowed in HTML text; they
 * can only be accidents or attempts to confuse a parser, so they are replaced with U+FFFD, visibly.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const forbiddenControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const needsEscaping = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069&<>"']/;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and for quoted attribute values alike. Bidirectional controls
 * are removed (text that is right-to-left is isolated with `<bdi>` instead: see `textHtml`).
 */
export function escapeHtml(text: string): string {
  // Most text needs nothing: a report of ten thousand assessments escapes hundreds of thousands of cells.
  if (!needsEscaping.test(text)) return text;
  return withoutBidiControls(text)
    .replace(forbiddenControls, '\uFFFD')
    .replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/** Element content: escaped, and isolated in `<bdi>` when it holds right-to-left letters. */
export function textHtml(text: string): string {
  const escaped = escapeHtml(text);
  return hasRightToLeft(text) ? `<bdi>${escaped}</bdi>` : escaped;
}
