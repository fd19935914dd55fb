import type { CliContext } from '../context.js';
import { wrapToTerminal } from './table.js';

/**
 * A message for a person on standard output (a ✓ line, "nothing to do"): wrapped at words to the
 * terminal's width, as errors are (report-error.ts), each continuation indented two columns (under the
 * first word after a ✓); one line in a pipe or a file, for scripts.
 */
export function say(ctx: CliContext, message: string): void {
  ctx.write(wrapToTerminal(`${message}\n`, ctx.columns()));
}

/**
 * A message for a person beside what a command prints (a warning, where a document was written): on
 * standard error, so that the output itself stays as it is, and wrapped as `say` wraps.
 */
export function aside(ctx: CliContext, message: string): void {
  ctx.writeError(wrapToTerminal(`${message}\n`, ctx.errorColumns()));
}
