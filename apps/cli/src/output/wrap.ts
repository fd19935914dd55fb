import { unstyled } from './style.js';

/** How many columns a line takes: its characters less any colour codes (style.ts). */
export const visibleWidth = (text: string) => unstyled(text).length;

/**
 * Break a line into lines of at most `width` columns at spaces, indenting continuations under the first
 * (by `hang`, when given: a finding's text, past its severity). Colour codes take none.
 */
export function wrapLine(line: string, width: number, hang?: string): string[] {
  if (visibleWidth(line) <= width) return [line];
  const lead = line.slice(0, line.length - line.trimStart().length);
  const indent = hang ?? `${lead}  `;
  const lines: string[] = [];
  let current = lead;
  let taken = lead.length;
  let words = 0;
  for (const word of line.trimStart().split(' ')) {
    const wide = visibleWidth(word);
    if (words > 0 && taken + 1 + wide > width) {
      lines.push(current);
      // A word too long to stand at the indent (a path) starts at the margin, not past the edge.
      const at = indent.length + wide <= width ? indent : '';
      current = `${at}${word}`;
      taken = at.length + wide;
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

/**
 * Help for a terminal `width` columns wide (as it is without one: a pipe or a file). Help is written in
 * rows of two columns (an option or a command, two spaces or more, then what it does) and paragraphs, its
 * lines broken by hand for a wide terminal; here a row's broken-off lines and a paragraph's are joined
 * again, then wrapped: a row under its second column, a labelled line ("Usage: eqia …") under what
 * follows the label, any other line under its own start.
 */
export function wrapHelp(text: string, width: number | undefined): string {
  if (!width) return text;
  const joined: { line: string; hang: string; takes: (line: string) => boolean }[] = [];
  for (const line of text.split('\n')) {
    const last = joined.at(-1);
    if (last?.takes(line)) {
      last.line = `${last.line} ${line.trim()}`;
      continue;
    }
    const lead = leadOf(line);
    const row = rowStart.exec(line)?.[0].length;
    const label = /^\S+:\s+(?=\S)/.exec(line)?.[0].length;
    const column = row ?? label;
    const hang = column !== undefined && column <= width / 2 ? ' '.repeat(column) : lead;
    // A row takes the lines indented past its start that are not rows themselves; a paragraph at the
    // margin takes the next line at the margin; neither a heading ("Filters:"), nor a label's line.
    const takes =
      row !== undefined
        ? (next: string) => !isRow(next) && next.trim() !== '' && leadOf(next).length > lead.length
        : lead === '' && label === undefined && line.trim() !== '' && !line.endsWith(':')
          ? (next: string) => next.trim() !== '' && leadOf(next) === '' && !isRow(next) && !next.endsWith(':')
          : () => false;
    joined.push({ line, hang, takes });
  }
  return joined.flatMap(({ line, hang }) => wrapLine(line, width - 1, hang)).join('\n');
}

const leadOf = (line: string) => line.slice(0, line.length - line.trimStart().length);
/** A row's first column and the spaces after it: an option or a command, then two spaces or more. */
const rowStart = /^\s*\S.*?\s{2,}(?=\S)/;
const isRow = (line: string) => rowStart.test(line);
