import { formatTable } from './table.js';

/**
 * Markdown as text to read in a terminal: headings without their marks, tables aligned in columns,
 * `<br>` as a comma, emphasis and link marks gone (a link's address kept in brackets).
 */
export function markdownAsText(markdown: string): string {
  const out: string[] = [];
  let table: string[][] = [];
  const flush = () => {
    if (table.length) out.push(formatTable(table[0] ?? [], table.slice(1)));
    table = [];
  };
  for (const line of markdown.split('\n')) {
    if (/^\s*\|/.test(line)) {
      if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) continue;
      table.push(
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((cell) => inline(cell.trim())),
      );
      continue;
    }
    flush();
    out.push(inline(line.replace(/^#{1,6}\s+/, '')));
  }
  flush();
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

const inline = (text: string) =>
  text
    .replace(/<br\s*\/?>/gi, ', ')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/\\([|*_[\]])/g, '$1');
