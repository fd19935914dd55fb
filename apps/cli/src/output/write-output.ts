import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { UsageError } from '../usage-error.js';
import { createStyle } from './style.js';

const binaryNeedsFile = 'A Word document is a file, not text: pass --out <file>.docx.';

/** Refuses a binary format without --out, before the store is opened. */
export function needsFile(format: string, out: string | undefined): void {
  if (format === 'docx' && (out === undefined || out === '-')) throw new UsageError(binaryNeedsFile);
}

/**
 * Write a document to --out (and say where), or to standard output when no file is given. A binary
 * document (DOCX) only goes to a file: the caller refuses it before doing any work (`needsFile`).
 */
export async function writeOutput(
  ctx: CliContext,
  out: string | undefined,
  content: string | Uint8Array,
): Promise<void> {
  if (out === undefined || out === '-') {
    if (typeof content !== 'string') throw new UsageError(binaryNeedsFile);
    ctx.write(content.endsWith('\n') ? content : `${content}\n`);
    return;
  }
  const path = resolve(ctx.cwd, out);
  await writeFile(path, content);
  ctx.writeError(`${createStyle(ctx.color).green('✓')} Wrote ${path}\n`);
}
