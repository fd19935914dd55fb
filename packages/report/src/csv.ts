import { showInvisible } from '@eqia/core';

/**
 * Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection, OWASP);
 * a leading apostrophe makes them show the text instead.
 */
const formulaPrefix = /^[=+\-@\t\r]/;

/**
 * One CSV field: formula prefixes neutralised, control and bidirectional control characters shown as
 * "⟨U+202E⟩" (so "Invoice \u202Egnp.exe" cannot pass for "Invoice exe.png"), quoted when it holds a
 * delimiter, quote or line break.
 */
export function csvField(value: string): string {
  const shown = showInvisible(value, '\t\r\n');
  const safe = formulaPrefix.test(shown) ? `'${shown}` : shown;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * RFC 4180: CRLF between records and after the last, every record the same number of fields. It starts
 * with a byte-order mark, without which Excel on Windows reads UTF-8 as its own code page and garbles
 * "ŵ", "ŷ" and dashes.
 */
export function toCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...records].map((record) => `${record.map(csvField).join(',')}\r\n`).join('')}`;
}
