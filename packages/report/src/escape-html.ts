/**
 * Control characters other than tab, line feed and carriage return are not allowed in HTML text; they
 * can only be accidents or attempts to confuse a parser, so they are replaced with U+FFFD, visibly.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const forbiddenControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const needsEscaping = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F&<>"']/;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  // Most text needs nothing: a report of ten thousand assessments escapes hundreds of thousands of cells.
  if (!needsEscaping.test(text)) return text;
  return text.replace(forbiddenControls, '\uFFFD').replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
