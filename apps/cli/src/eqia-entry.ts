import { writeSync, writevSync } from 'node:fs';
import { descriptorWriter } from './output/descriptor-writer.js';
import { unwritable, watchedStdout } from './output/unwritable.js';
import { version } from './version.js';

/*
 * The `eqia` command's entry, built as CommonJS (dist/eqia.cjs): `eqia --version` and `eqia list --json`
 * print from here, before Node's ES module loader starts, when they can (fast-list-json.ts, which this
 * file holds with better-sqlite3's JavaScript); everything else imports the whole CLI (dist/bin.js).
 * Node's ES module loader is a good part of the fast paths' margin over node's own start
 * (docs/performance.md).
 */

const argv = process.argv.slice(2);

/** Whether the list's output went to the stream, or failed: the stream, or `unwritable`, ends eqia then. */
let handedOff = false;

/** Whether `eqia list --json` printed from here. */
function listedAtOnce(): boolean {
  if (argv[0] !== 'list' || !argv.includes('--json')) return false;
  // Required here, not imported above: other commands never run better-sqlite3's JavaScript.
  const { fastListJson } = require('./fast-list-json.js') as typeof import('./fast-list-json.js');
  const toDescriptor = descriptorWriter({
    writeSync: (data, offset) => writeSync(1, data, offset),
    writevSync: (pieces) => writevSync(1, pieces),
    stream: () => {
      handedOff = true;
      return watchedStdout();
    },
    failed: (error) => {
      handedOff = true;
      return unwritable(error);
    },
  });
  return fastListJson(argv, { env: process.env, cwd: process.cwd(), stdout: { write: toDescriptor } });
}

/** `eqia --version` (or `-v`) alone; with anything else, the whole CLI answers it as it always has. */
const versionAlone = argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v');

if (versionAlone) watchedStdout().write(`${version()}\n`);
else if (!listedAtOnce()) import('./bin.js');
// Written whole: end here, without Node's teardown of the isolate and better-sqlite3 (docs/performance.md).
else if (!handedOff) process.exit();
