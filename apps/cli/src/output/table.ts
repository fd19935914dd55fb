import { visibleWidth, wrapLine, wrapText } from './wrap.js';

/**
 * A plain text table with a header row; columns are as wide as their widest cell, the last one is free.
 * Given a width (the terminal's), the last column wraps at spaces under itself instead of running past
 * the edge, so nothing is cut and no word is split; a table that cannot fit is stacked, row by row.
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  width: number | undefined,
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const indent = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  // The last column of the terminal left free, as wrapText leaves it: a line that fills it ends there.
  const room = width === undefined ? Number.POSITIVE_INFINITY : width - 1 - indent;
  if (width !== undefined && room < 20) return stacked(headers, rows, width);
  const line = (cells: readonly string[]) => {
    const fixed = cells
      .slice(0, -1)
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ');
    const last = cells.at(-1) ?? '';
    const lead = cells.length > 1 ? `${fixed}  ` : '';
    if (last.length <= room) return `${lead}${last}`.trimEnd();
    const [first = '', ...rest] = wrapLine(last, room).map((part) => part.trim());
    return [`${lead}${first}`, ...rest.map((part) => `${' '.repeat(indent)}${part}`)].join('\n');
  };
  return [line(headers), ...rows.map(line)].join('\n');
}

/**
 * A table too wide for the terminal, as one block per row: its first cell, then the other cells with
 * their columns' names ("State: in review · Owner: Amara Okafor"), as many to a line as fit, a cell too
 * long for a line of its own wrapped at spaces; so that a list of a few rows fits a screen of 24. Empty
 * cells are left out.
 */
function stacked(headers: readonly string[], rows: readonly (readonly string[])[], width: number): string {
  const name = (header: string) => `${header.charAt(0)}${header.slice(1).toLowerCase()}`;
  const room = width - 1;
  return rows
    .flatMap(([first = '', ...rest]) => {
      const lines: string[] = [];
      let line = '';
      for (const [column, cell] of rest.entries()) {
        if (!cell) continue;
        const field = `${name(headers[column + 1] ?? '')}: ${cell}`;
        if (line && visibleWidth(`${line} · ${field}`) <= room) line = `${line} · ${field}`;
        else {
          if (line) lines.push(...wrapLine(line, room));
          line = `  ${field}`;
        }
      }
      if (line) lines.push(...wrapLine(line, room));
      return [...wrapLine(first, room), ...lines];
    })
    .join('\n');
}

/** Text for a terminal of `width`: each line wrapped to it (left as it is without one: a pipe or a file). */
export function wrapToTerminal(text: string, width: number | undefined): string {
  return width ? `${wrapText(text.trimEnd(), width)}\n` : text;
}
