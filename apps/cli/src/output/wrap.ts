/** Break a line into lines of at most `width` characters at spaces, indenting continuations like the first. */
export function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const indent = ' '.repeat(line.length - line.trimStart().length + 2);
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (next.length > width && current.trim()) {
      lines.push(current);
      current = `${indent}${word}`;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}
