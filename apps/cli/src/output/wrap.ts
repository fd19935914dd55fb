/** Break a line into lines of at most `width` characters at spaces, indenting continuations under the first. */
export function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const lead = line.slice(0, line.length - line.trimStart().length);
  const lines: string[] = [];
  let current = lead;
  for (const word of line.trimStart().split(' ')) {
    const next = current.trim() ? `${current} ${word}` : `${current}${word}`;
    if (next.length > width && current.trim()) {
      lines.push(current);
      current = `${lead}  ${word}`;
    } else current = next;
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
