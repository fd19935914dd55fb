import type { CliContext } from './context.js';
import { msg } from './messages/ui-language.js';
import { UsageError } from './usage-error.js';

/**
 * Call before any prompt. Without a terminal (or with --no-input) a prompt would hang or crash Ink's raw
 * mode, so refuse at once and name the flag that gives the answer instead.
 */
export function ensureCanPrompt(ctx: CliContext, flag: string, what: string): void {
  if (!ctx.canPrompt) throw new UsageError(msg.args.noTerminal({ command: ctx.command, what, flag }));
}
