#!/usr/bin/env node
import { watchedStdout } from './output/unwritable.js';

/*
 * The whole CLI, as an ES module: the `eqia` command's entry (eqia-entry.ts, CommonJS) imports it for
 * everything that `list --json`'s fast path does not print. `node dist/bin.js …` runs it directly.
 */

// Ink colours through chalk, which reads FORCE_COLOR but not NO_COLOR (https://no-color.org).
if (process.env.NO_COLOR !== undefined && process.env.FORCE_COLOR === undefined)
  process.env.FORCE_COLOR = '0';

// Ink draws only the last frame when it thinks it runs in CI (is-in-ci reads CI as Ink loads): someone
// at a terminal who has CI exported would see a blank wizard until it ended.
if (process.stdin.isTTY && process.stdout.isTTY && process.env.CI !== undefined) process.env.CI = 'false';

const { runCli } = await import('./cli.js');
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: watchedStdout(),
  stderr: process.stderr,
  stdin: process.stdin,
});
