import { msg } from '../messages/ui-language.js';
import { wrapLine } from '../output/wrap.js';

/**
 * The context above a question, wrapped to the terminal's width and fitted to the rows it may take.
 * What does not fit is never dropped silently: the last row says how much more there is and that
 * Ctrl+O shows it all (and, shown all, that Ctrl+O shows less again).
 */
export function fitContext(lines: readonly string[], columns: number, rows: number, full: boolean): string[] {
  // A line may hold several (an evidence item and its limits): each is a row of its own to count.
  const wrapped = lines
    .flatMap((line) => line.split('\n'))
    .flatMap((line) => wrapLine(line, Math.max(20, columns - 1)));
  if (wrapped.length <= rows) return wrapped;
  if (full) return [...wrapped, msg.wizard.showLess];
  const shown = Math.max(1, rows - 1);
  const more = wrapped.length - shown;
  return [...wrapped.slice(0, shown), msg.wizard.moreLines({ n: more })];
}
