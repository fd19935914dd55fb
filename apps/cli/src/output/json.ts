import type { CliContext } from '../context.js';

/** How many elements of a list go into one write: a few hundred KB of summaries at a time. */
const BATCH = 256;

/**
 * Machine-readable output: stable, two-space indented, one trailing newline. A long list is written a
 * batch at a time, never as one string: that string and the buffer it was written through were a large part of
 * `eqia list --json`'s peak memory (docs/performance.md, code design notes). The bytes are exactly
 * `JSON.stringify(value, null, 2)`'s.
 */
export function writeJson(ctx: CliContext, value: unknown): void {
  if (!Array.isArray(value) || value.length <= BATCH) {
    ctx.write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  for (let start = 0; start < value.length; start += BATCH) {
    // A batch comes out as `[\n  …,\n  …\n]`, indented as in the whole list: keep what is between.
    const batch = JSON.stringify(value.slice(start, start + BATCH), null, 2).slice(1, -2);
    ctx.write(`${start === 0 ? '[' : ','}${batch}`);
  }
  ctx.write('\n]\n');
}

/**
 * One element of a JSON array as `writeJson` writes the array (two-space indented, without the comma
 * or line break between elements): arrays can then be written an element at a time, the same bytes.
 */
export const jsonArrayElement = (value: unknown): string =>
  `  ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}`;
