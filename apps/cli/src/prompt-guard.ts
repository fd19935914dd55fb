import type { CliContext } from './context.js';
import { UsageError } from './usage-error.js';

/**
 * Call before any prompt. Without a terminal (or with --no-input) a prompt would hang or crash Ink's raw
 * mode, so refuse at once and name the flag that gives the answer instead.
 */
export function ensureCanPrompt(ctx: CliContext, flag: string, what: string): void {
  if (!ctx.canPrompt)
    throw new UsageError(
      `\`eqia ${ctx.command}\` needs ${what}, and there is no terminal to ask (or --no-input was given): pass ${flag}.`,
    );
}
