/**
 * An option's row in a command's help: the option, then what it does from `column` on, each further
 * line of it under the first, as the command's other rows are written (help texts are written for a
 * terminal wider than 80 columns, and wrapped to a narrower one as they print: output/wrap.ts).
 */
export const optionRow = (option: string, column: number, lines: readonly string[]): string =>
  lines
    .map((line, index) => `${index === 0 ? `  ${option} `.padEnd(column) : ' '.repeat(column)}${line}`)
    .join('\n');
