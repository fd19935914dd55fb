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

/**
 * The rows a text takes in a box `width` wide, as Ink wraps it (wrap-ansi, keeping spaces): a space
 * after a full row starts the next one, and a word longer than the width is cut across rows.
 */
export function textRows(text: string, width: number): number {
  return text.split('\n').reduce((rows, line) => rows + lineRows(line, Math.max(1, width)), 0);
}

function lineRows(line: string, width: number): number {
  let rows = 1;
  let used = 0;
  for (const [index, word] of line.split(' ').entries()) {
    const length = [...word].length;
    if (index > 0) {
      if (used >= width) {
        rows++;
        used = 0;
      }
      used++;
    }
    if (length > width) {
      // Cut across rows: on this one if that takes no more rows than starting on the next.
      const onThisRow = 1 + Math.floor((length - (width - used) - 1) / width);
      if (Math.floor((length - 1) / width) < onThisRow) {
        rows++;
        used = 0;
      }
    } else if (used + length > width && used > 0 && length > 0) {
      rows++;
      used = 0;
    }
    for (used += length; used > width; used -= width) rows++;
  }
  return rows;
}
