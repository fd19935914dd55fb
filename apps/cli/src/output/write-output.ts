import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { createStyle } from './style.js';

/** Write a document to --out (and say where), or to standard output when no file is given. */
export async function writeOutput(ctx: CliContext, out: string | undefined, content: string): Promise<void> {
  if (out === undefined || out === '-') {
    ctx.write(content.endsWith('\n') ? content : `${content}\n`);
    return;
  }
  const path = resolve(ctx.cwd, out);
  await writeFile(path, content, 'utf8');
  ctx.writeError(`${createStyle(ctx.color).green('✓')} Wrote ${path}\n`);
}
