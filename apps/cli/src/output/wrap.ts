import { unstyled } from './style.js';

/** How many columns a line takes: its characters less any colour codes (style.ts). */
const columns = (text: string) => unstyled(text).length;

/**
 * Break a line into lines of at most `width` columns at spaces, indenting continuations under the first
 * (by `hang`, when given: a finding's text, past its severity). Colour codes take none.
 */
export function wrapLine(line: string, width: number, hang?: string): string[] {
  if (columns(line) <= width) return [line];
  const lead = line.slice(0, line.length - line.trimStart().length);
  const indent = hang ?? `${lead}  `;
  const lines: string[] = [];
  let current = lead;
  let taken = lead.length;
  let words = 0;
  for (const word of line.trimStart().split(' ')) {
    const wide = columns(word);
    if (words > 0 && taken + 1 + wide > width) {
      lines.push(current);
      current = `${indent}${word}`;
      taken = indent.length + wide;
    } else {
      current = words > 0 ? `${current} ${word}` : `${current}${word}`;
      taken += (words > 0 ? 1 : 0) + wide;
    }
    words += 1;
  }
  lines.push(current);
  return lines;
}

/** Text wrapped at spaces to a terminal's width, line by line; as it is without a width (a pipe). */
export function wrapText(text: string, width: number | undefined): string {
  return width
    ? text
        .split('\n')
        .flatMap((line) => wrapLine(line, width - 1))
        .join('\n')
    : text;
}
