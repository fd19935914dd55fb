#!/usr/bin/env node
import { writeSync } from 'node:fs';
import { descriptorWriter } from './output/descriptor-writer.js';

const argv = process.argv.slice(2);

/*
 * A reader that stops early (`eqia list --json | head`) closes the pipe: what it read is all it wanted,
 * so eqia ends there, quietly and with success, whichever path is printing and however much was left.
 * Output that cannot be written at all (a full disk, `> /dev/full`) is the disk failing (exit 11, as for
 * an --out file), said plainly rather than as a stack trace, in the language of the run: the one the
 * command chose, else chosen now (`list --json`'s fast path chooses none). Once: the stream may fail
 * again while the words load.
 */
let outputFailed = false;
async function unwritable(error: NodeJS.ErrnoException): Promise<void> {
  if (error.code === 'EPIPE') process.exit(0);
  if (outputFailed) return;
  outputFailed = true;
  const language = await import('./messages/ui-language.js');
  if (!language.languageChosen())
    await language.chooseUiLanguage({ argv, env: process.env, cwd: process.cwd() }).catch(() => {});
  process.stderr.write(
    `eqia: ${language.msg.errors.outputNotWritten({ reason: error.code ?? error.message })}\n`,
  );
  process.exit(11);
}

let watched = false;
/** process.stdout (which Node makes on first use) with the handler above. */
function stdout(): NodeJS.WriteStream {
  if (!watched) process.stdout.on('error', unwritable);
  watched = true;
  return process.stdout;
}

const toDescriptor = descriptorWriter({
  writeSync: (data, offset) => writeSync(1, data, offset),
  stream: stdout,
  failed: unwritable,
});

/** `eqia list --json` prints before the rest of eqia is loaded, when it can (fast-list-json.ts). */
async function listedAtOnce(): Promise<boolean> {
  if (argv[0] !== 'list' || !argv.includes('--json')) return false;
  const { fastListJson } = await import('./fast-list-json.js');
  return fastListJson(argv, { env: process.env, cwd: process.cwd(), stdout: { write: toDescriptor } });
}

if (!(await listedAtOnce())) {
  // Ink colours through chalk, which reads FORCE_COLOR but not NO_COLOR (https://no-color.org).
  if (process.env.NO_COLOR !== undefined && process.env.FORCE_COLOR === undefined)
    process.env.FORCE_COLOR = '0';

  // Ink draws only the last frame when it thinks it runs in CI (is-in-ci reads CI as Ink loads): someone
  // at a terminal who has CI exported would see a blank wizard until it ended.
  if (process.stdin.isTTY && process.stdout.isTTY && process.env.CI !== undefined) process.env.CI = 'false';

  const { runCli } = await import('./cli.js');
  process.exitCode = await runCli(argv, {
    env: process.env,
    cwd: process.cwd(),
    stdout: stdout(),
    stderr: process.stderr,
    stdinIsTTY: Boolean(process.stdin.isTTY),
  });
}
