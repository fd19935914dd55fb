import type { CliContext } from '../context.js';

/** Machine-readable output: stable, two-space indented, one trailing newline. */
export function writeJson(ctx: CliContext, value: unknown): void {
  ctx.write(`${JSON.stringify(value, null, 2)}\n`);
}
