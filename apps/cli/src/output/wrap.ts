import { unstyled } from './style.js';

/** How many columns a line takes: its characters less any colour codes (style.ts). */
export const visibleWidth = (text: string) => unstyled(text).length;

/**
 * Break a line into lines of at most `width` columns at spaces, indenting continuations under the first
 * (by `hang`, when given: a finding's text, past its severity). Colour codes take none.
 */
export function wrapLine(
  line: string,
  width: number,
  hang?: string,
  wordsOf: (text: string) => string[] = sentenceWords,
): string[] {
  if (visibleWidth(line) <= width) return [line];
  const lead = line.slice(0, line.length - line.trimStart().length);
  const indent = hang ?? `${lead}  `;
  const lines: string[] = [];
  let current = lead;
  let taken = lead.length;
  let words = 0;
  for (const word of wordsOf(line.trimStart())) {
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

/** An option and its value in a sentence: `--period <text>`, `--set <census set>`. */
const optionWithValue = /--[\w-]+ <[^<>\n]*>/g;

/**
 * A sentence's words, split at spaces but for an option and its value, which stay on one line as the
 * command to type that they are ("Pass --period <text> and…"). Text holding a NUL, which stands in for
 * their spaces here, is split at every space.
 */
export function sentenceWords(text: string): string[] {
  if (text.includes('\0')) return text.split(' ');
  return text
    .replace(optionWithValue, (kept) => kept.replaceAll(' ', '\0'))
    .split(' ')
    .map((word) => word.replaceAll('\0', ' '));
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
 * The width help is written for: help piped to a file or a pager, where no terminal says a width, is
 * wrapped to it, so that a value list filled in ("draft, assessing, screened_out…") never runs past it.
 */
export const PIPED_HELP_WIDTH = 100;

/**
 * Help for a terminal `width` columns wide (PIPED_HELP_WIDTH without one: a pipe or a file). Help is
 * written in rows of two columns (an option or a command, two spaces or more, then what it does) and
 * paragraphs, its lines broken by hand for a wide terminal; here a row's broken-off lines and a
 * paragraph's are joined again, then wrapped: a row under its second column, a line of the usage
 * ("Usage: eqia …", the first paragraph) two past where its words start and between its options
 * (usageWords), another labelled line under what follows the label, any other line under its own start.
 */
export function wrapHelp(text: string, width: number | undefined): string {
  if (!width) return wrapHelp(text, PIPED_HELP_WIDTH);
  const joined: { line: string; hang: string; usage: boolean; takes: (line: string) => boolean }[] = [];
  // Every command's help begins with its usage ("Usage: eqia …"), up to the first empty line.
  let usage = /^\S+:\s+eqia\b/.test(text);
  for (const line of text.split('\n')) {
    if (line.trim() === '') usage = false;
    const last = joined.at(-1);
    if (last?.takes(line)) {
      last.line = `${last.line} ${line.trim()}`;
      continue;
    }
    const lead = leadOf(line);
    const row = rowStart.exec(line)?.[0].length;
    const label = /^\S+:\s+(?=\S)/.exec(line)?.[0].length;
    // A usage line's broken-off part hangs two past where the line starts, so it reads as part of it.
    const hang =
      row !== undefined && row <= width / 2
        ? ' '.repeat(row)
        : usage
          ? ' '.repeat((label ?? lead.length) + 2)
          : label !== undefined && label <= width / 2
            ? ' '.repeat(label)
            : lead;
    // A row takes the lines indented past its start that are not rows themselves; a paragraph at the
    // margin takes the next line at the margin; neither a heading ("Filters:"), nor a label's line.
    const takes =
      row !== undefined
        ? (next: string) => !isRow(next) && next.trim() !== '' && leadOf(next).length > lead.length
        : lead === '' && label === undefined && line.trim() !== '' && !line.endsWith(':')
          ? (next: string) => next.trim() !== '' && leadOf(next) === '' && !isRow(next) && !next.endsWith(':')
          : () => false;
    joined.push({ line, hang, usage, takes });
  }
  return joined
    .flatMap(({ line, hang, usage }) => wrapLine(line, width - 1, hang, usage ? usageWords : undefined))
    .join('\n');
}

/**
 * A usage line's words, so that it wraps where it still reads: nothing in brackets is broken
 * (`[--note <text>]`, `<census set>`), nor an option from its value (`--status <open|done>`). A line
 * whose brackets do not close on it (an option's alternatives over two lines) is broken at any space.
 */
export function usageWords(line: string): string[] {
  const words: string[] = [];
  let depth = 0;
  let word = '';
  for (const char of line) {
    if (char === ' ' && depth === 0) {
      words.push(word);
      word = '';
      continue;
    }
    if (char === '[' || char === '<') depth += 1;
    else if ((char === ']' || char === '>') && depth > 0) depth -= 1;
    word += char;
  }
  words.push(word);
  const kept: string[] = [];
  for (const next of depth === 0 ? words : line.split(' ')) {
    const last = kept.at(-1);
    if (last?.startsWith('--') && !last.includes(' ') && next.startsWith('<'))
      kept[kept.length - 1] = `${last} ${next}`;
    else kept.push(next);
  }
  return kept;
}

const leadOf = (line: string) => line.slice(0, line.length - line.trimStart().length);
/** A row's first column and the spaces after it: an option or a command, then two spaces or more. */
const rowStart = /^\s*\S.*?\s{2,}(?=\S)/;
const isRow = (line: string) => rowStart.test(line);
