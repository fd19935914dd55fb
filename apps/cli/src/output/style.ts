/** ANSI styling that switches off entirely under NO_COLOR or when output is not a terminal. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function createStyle(color: boolean): Style {
  if (!color) return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape that starts each style is the point
const styling = /\u001b\[\d+m/g;

/** The text as a terminal shows it, without the styles above (for measuring it). */
export const unstyled = (text: string): string => text.replace(styling, '');
