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
