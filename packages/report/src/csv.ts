/**
 * Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection, OWASP);
 * a leading apostrophe makes them show the text instead.
 */
const formulaPrefix = /^[=+\-@\t\r]/;

/** One CSV field: formula prefixes neutralised, quoted when it holds a delimiter, quote or line break. */
export function csvField(value: string): string {
  const safe = formulaPrefix.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180: CRLF between records and after the last, every record the same number of fields. */
export function toCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  return [header, ...records].map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
