import { visibleWidth, wrapLine, wrapText } from './wrap.js';

/**
 * A plain text table with a header row; columns are as wide as their widest cell, the last one is free.
 * Given a width (the terminal's), the last column wraps at spaces under itself instead of running past
 * the edge, so nothing is cut and no word is split. When a long last column (a title) would have too
 * little room, it goes on a line of its own under each row, if the other columns fit, or fit once the
 * widest of them after the first wraps its words onto a second line; any other table that does not fit is
 * stacked, row by row.
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
  const lastWidth = widths.at(-1) ?? 0;
  if (width !== undefined && room < Math.min(20, lastWidth)) {
    // Only a column of text (a title) earns a line of its own under each row; a short one goes in a block.
    const fitting =
      lastWidth <= 20
        ? undefined
        : indent - 2 <= width - 1
          ? widths
          : narrowed(headers, rows, widths, indent - 2 - (width - 1));
    return fitting ? lastBeneath(headers, rows, fitting, width) : stacked(headers, rows, width);
  }
  const line = (cells: readonly string[]) => {
    const fixed = beforeLast(cells, widths);
    const last = cells.at(-1) ?? '';
    const lead = cells.length > 1 ? `${fixed}  ` : '';
    if (last.length <= room) return `${lead}${last}`.trimEnd();
    const [first = '', ...rest] = wrapLine(last, room).map((part) => part.trim());
    return [`${lead}${first}`, ...rest.map((part) => `${' '.repeat(indent)}${part}`)].join('\n');
  };
  return [line(headers), ...rows.map(line)].join('\n');
}

/** A row's cells but the last, each padded to its column's width, two spaces apart. */
const beforeLast = (cells: readonly string[], widths: readonly number[]) =>
  cells
    .slice(0, -1)
    .map((cell, column) => cell.padEnd(widths[column] ?? 0))
    .join('  ');

/**
 * A table whose columns but the last fit the terminal, the last too narrow beside them: each row's last
 * cell on a line of its own under the row, two columns in ("fhdra-video  in review …" then its title).
 * A cell wider than its column (narrowed) wraps under itself.
 */
function lastBeneath(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  width: number,
): string {
  const line = (cells: readonly string[]) => {
    const parts = cells.slice(0, -1).map((cell, column) => wrapLine(cell, widths[column] ?? 0, ''));
    const height = Math.max(...parts.map((part) => part.length));
    const lines = Array.from({ length: height }, (_, at) =>
      beforeLast([...parts.map((part) => part[at] ?? ''), ''], widths).trimEnd(),
    );
    const last = cells.at(-1) ?? '';
    return [...lines, ...(last ? wrapLine(`  ${last}`, width - 1) : [])].join('\n');
  };
  return [line(headers), ...rows.map(line)].join('\n');
}

/**
 * The columns' widths with the widest of them but the first and the last made `over` narrower, its cells
 * wrapped at spaces ("in review at Equality lead" over "review"): undefined when the first column is wider
 * still, or when that would split a word, leave it under 12 columns or take a cell onto more than two
 * lines (a block a row reads better then).
 */
function narrowed(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  over: number,
): number[] | undefined {
  const middle = widths.slice(1, -1);
  // The first column names the row (an id, a title): it is never the one narrowed.
  if (middle.length === 0 || Math.max(...middle) < (widths[0] ?? 0)) return undefined;
  const column = middle.indexOf(Math.max(...middle)) + 1;
  const cells = [headers, ...rows].map((cells) => cells[column] ?? '');
  const target = (widths[column] ?? 0) - over;
  const longestWord = Math.max(...cells.flatMap((cell) => cell.split(' ').map((word) => word.length)));
  if (target < Math.max(12, longestWord)) return undefined;
  const parts = cells.map((cell) => wrapLine(cell, target, ''));
  if (parts.some((part) => part.length > 2)) return undefined;
  const wrapped = Math.max(...parts.flat().map((part) => part.length));
  return widths.map((w, at) => (at === column ? wrapped : w));
}

/**
 * A table too wide for the terminal, as one block per row: its first cell, then the other cells with
 * their columns' names ("State: in review · Owner: Amara Okafor"), as many to a line as fit in every
 * row, a cell too long for a line of its own wrapped at spaces; so that a list of a few rows fits a
 * screen of 24, each block laid out alike. Empty cells are left out. Columns named for a group
 * ("caseload: count", "caseload: share") start a line of their own, the group named once ("Caseload
 * count: 108 · share: 9.0%").
 */
function stacked(headers: readonly string[], rows: readonly (readonly string[])[], width: number): string {
  const room = width - 1;
  const columns = headers.map(columnName);
  // Each row's cells after the first, as lines; a cell starts a line of its own where `breaks` has its
  // column, and each column where one did is added to `broken`, when given.
  const cellLines = (cells: readonly string[], breaks: ReadonlySet<number>, broken?: Set<number>) => {
    const lines: string[] = [];
    let line = '';
    let group: string | undefined;
    for (const [index, cell] of cells.entries()) {
      const column = columns[index + 1];
      if (!cell || !column) continue;
      const field = `${column.group === group ? column.name : column.label}: ${cell}`;
      const sameLine =
        line && !breaks.has(index) && column.group === group && visibleWidth(`${line} · ${field}`) <= room;
      if (sameLine) line = `${line} · ${field}`;
      else {
        if (line) {
          lines.push(...wrapLine(line, room));
          broken?.add(index);
        }
        line = `  ${column.label}: ${cell}`;
      }
      group = column.group;
    }
    if (line) lines.push(...wrapLine(line, room));
    return lines;
  };
  // Every row breaks its line where any row must, so the blocks read alike ("Owner" on a line of its own
  // in each, not only where the rating is long).
  const breaks = new Set<number>();
  for (const [, ...cells] of rows) cellLines(cells, new Set(), breaks);
  return rows
    .flatMap(([first = '', ...cells]) => [...wrapLine(first, room), ...cellLines(cells, breaks)])
    .join('\n');
}

/**
 * A column's name in a stacked row: `label` to begin a line with, and, for a column of a group
 * ("caseload: share"), the group and its own `name` to follow others of the group with. A header in
 * capitals ("STATE") is written as a word ("State").
 */
function columnName(header: string): { label: string; name: string; group?: string } {
  const at = header.indexOf(': ');
  if (at < 0) {
    const label = `${header.charAt(0)}${header.slice(1).toLowerCase()}`;
    return { label, name: label };
  }
  const group = header.slice(0, at);
  const name = header.slice(at + 2);
  return { label: `${group.charAt(0).toUpperCase()}${group.slice(1)} ${name}`, name, group };
}

/** Text for a terminal of `width`: each line wrapped to it (left as it is without one: a pipe or a file). */
export function wrapToTerminal(text: string, width: number | undefined): string {
  return width ? `${wrapText(text.trimEnd(), width)}\n` : text;
}
