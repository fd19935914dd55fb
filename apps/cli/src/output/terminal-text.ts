import { showInvisible } from '@eqia/core';
import type { CliContext } from '../context.js';
import { formatTable } from './table.js';
import { wrapLine } from './wrap.js';

/**
 * Stored text made safe to print to a terminal: every control character (ESC, BEL, a carriage return…)
 * and bidirectional override is shown as "⟨U+001B⟩", never obeyed, so a record cannot move the cursor,
 * recolour the screen or make text read backwards. Applied to every string of a value, for the commands
 * that print stored text; JSON output needs none (JSON escapes what it must, and a program reads it).
 */
export function terminalSafe<T>(value: T): T {
  if (typeof value === 'string') return showInvisible(value) as T;
  if (Array.isArray(value)) return value.map(terminalSafe) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, terminalSafe(child)])) as T;
  }
  return value;
}

/**
 * Markdown as text to read in a terminal: headings without their marks, tables aligned in columns,
 * `<br>` as a comma, emphasis, escapes, language marks and link marks gone (a link's address kept in
 * brackets, a link within the page kept as its text), every line wrapped at spaces to the terminal's
 * width: a paragraph flush left, a list item under its text.
 */
export function markdownAsText(markdown: string, width: number | undefined): string {
  const out: string[] = [];
  let table: string[][] = [];
  const flush = () => {
    if (table.length) out.push(formatTable(table[0] ?? [], table.slice(1), width));
    table = [];
  };
  for (const marked of markdown.split('\n')) {
    const line = marked.replace(languageMarks, '');
    // A line that only opened or closed a part in another language ("<div lang="cy">") says nothing.
    if (line !== marked && /^[\s>]*$/.test(line)) continue;
    if (/^\s*\|/.test(line)) {
      if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) continue;
      table.push(
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split(/(?<!\\)\|/)
          .map((cell) => inline(cell.trim())),
      );
      continue;
    }
    flush();
    const text = inline(line.replace(/^#{1,6}\s+/, ''));
    out.push(...(width ? wrapLine(text, width - 1, hangOf(text)) : [text]));
  }
  flush();
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/**
 * The marks that tell a screen reader which language a part is in (`<div lang="cy">`, `<span
 * lang="en-GB">`): eqia's own, never an author's (whose "<" is escaped), and nothing to print.
 */
const languageMarks = /(?<!\\)<\/?(?:div|span)\b[^>]*>/g;

/** Where a wrapped line continues: under a list item's text ("- ", "10. "), else at the paragraph's margin. */
const hangOf = (text: string) =>
  ' '.repeat((/^\s*(?:[-*+]|\d+\.)\s+/.exec(text) ?? /^\s*/.exec(text))?.[0].length ?? 0);

const inline = (text: string) =>
  text
    .replace(/<br\s*\/?>/gi, ', ')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\(#[^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

/**
 * A report in Markdown, the default format, as printed to standard output: in a terminal, with neither
 * --format nor --out given, it is being read there, so it is text (markdownAsText); saved, piped or asked
 * for as Markdown, it is Markdown.
 */
export function asRead(
  ctx: CliContext,
  flags: { format?: string | undefined; out?: string | undefined },
  markdown: string,
): string {
  const width = ctx.columns();
  return width && flags.format === undefined && flags.out === undefined
    ? markdownAsText(markdown, width)
    : markdown;
}
