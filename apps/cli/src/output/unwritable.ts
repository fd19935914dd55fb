/*
 * A reader that stops early (`eqia list --json | head`) closes the pipe: what it read is all it wanted,
 * so eqia ends there, quietly and with success, whichever path is printing and however much was left.
 * Output that cannot be written at all (a full disk, `> /dev/full`) is the disk failing (exit 11, as for
 * an --out file), said plainly rather than as a stack trace, in the language of the run: the one the
 * command chose, else chosen now (`list --json`'s fast path chooses none). Once: the stream may fail
 * again while the words load. Bundled into both entries (eqia-entry.ts and bin.ts); the words load
 * from dist/ui-language.js, one module whichever entry asks.
 */

let outputFailed = false;

export async function unwritable(error: NodeJS.ErrnoException): Promise<void> {
  if (error.code === 'EPIPE') process.exit(0);
  if (outputFailed) return;
  outputFailed = true;
  const language = await import('../messages/ui-language.js');
  if (!language.languageChosen())
    await language
      .chooseUiLanguage({ argv: process.argv.slice(2), env: process.env, cwd: process.cwd() })
      .catch(() => {});
  process.stderr.write(
    `eqia: ${language.msg.errors.outputNotWritten({ reason: error.code ?? error.message })}\n`,
  );
  process.exit(11);
}

let watched = false;
/** process.stdout (which Node makes on first use) with the handler above. */
export function watchedStdout(): NodeJS.WriteStream {
  if (!watched) process.stdout.on('error', unwritable);
  watched = true;
  return process.stdout;
}
