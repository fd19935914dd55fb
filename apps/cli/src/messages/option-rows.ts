/**
 * An option's row in a command's help: the option, then what it does from `column` on, each further
 * line of it under the first, as the command's other rows are written (help texts are written for a
 * terminal wider than 80 columns, and wrapped to a narrower one as they print: output/wrap.ts).
 */
export const optionRow = (option: string, column: number, lines: readonly string[]): string =>
  lines
    .map((line, index) => `${index === 0 ? `  ${option} `.padEnd(column) : ' '.repeat(column)}${line}`)
    .join('\n');

/**
 * The --lang rows of the commands that write a document, in a language's `words`: from `column` on, as
 * each command's other rows, with what the option means for that command (`then`).
 */
export const languageRows =
  (words: readonly string[]) =>
  (column: number, then: readonly string[]): string =>
    optionRow('--lang <langs>', column, [...words, ...then]);

/** The --out and --force rows of the commands that write a file, in a language's words. */
export const outputRows =
  (words: { out: string; force: string }) =>
  (column: number): string =>
    [optionRow('--out <file>', column, [words.out]), optionRow('--force', column, [words.force])].join('\n');
