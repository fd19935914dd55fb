#!/usr/bin/env node
import { runCli } from './cli.js';

// Ink colours through chalk, which reads FORCE_COLOR but not NO_COLOR (https://no-color.org).
if (process.env.NO_COLOR !== undefined && process.env.FORCE_COLOR === undefined)
  process.env.FORCE_COLOR = '0';

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: Boolean(process.stdin.isTTY),
});
