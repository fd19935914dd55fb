import { Text, type TextProps, Transform } from 'ink';

/** The style codes a wrapped line may open with, then the space it was broken at. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal style codes start with ESC.
const breakSpace = /^((?:\u001b\[[\d;]*m)*) /;

/** Ink wraps keeping the space a line broke at, so a wrapped line would start one column in. */
const dropBreakSpace = (line: string, index: number) => (index === 0 ? line : line.replace(breakSpace, '$1'));

/** Words that wrap to the width they have, every line flush left: Ink's Text for running text. */
export function Prose({ children, ...props }: Omit<TextProps, 'wrap'>) {
  return (
    <Transform transform={dropBreakSpace}>
      <Text {...props} wrap="wrap">
        {children}
      </Text>
    </Transform>
  );
}

/** The rows a text takes in a box `width` wide, wrapped at spaces as Ink wraps it (a longer word is cut). */
export function textRows(text: string, width: number): number {
  return text.split('\n').reduce((rows, line) => rows + lineRows(line, Math.max(1, width)), 0);
}

function lineRows(line: string, width: number): number {
  let rows = 1;
  let used = 0;
  for (const word of line.split(' ')) {
    const length = [...word].length;
    const needed = used === 0 ? length : used + 1 + length;
    if (used > 0 && needed > width) {
      rows++;
      used = length;
    } else used = needed;
    for (; used > width; used -= width) rows++;
  }
  return rows;
}
