import { statSync } from 'node:fs';
import { listJsonOfFile } from '@eqia/store-sqlite/list-json-file';
import { databaseFile, isPostgresUrl } from './open-store.js';
import { settingsFile } from './settings/location.js';
import { validSettingsIn } from './settings/shape.js';

/*
 * `eqia list --json`, unfiltered, on a SQLite store, without loading the CLI: its budget
 * (docs/performance.md) leaves little beyond node's own start, and the command line, core and the
 * store's statements took several times that. This path takes only what it is sure of: the command line
 * exactly `list --json` with --store or --user, a settings file that is valid if one is read, and a
 * store the file read can vouch for (list-json-file.ts). Anything else, errors included, goes the whole
 * way through `runCli`, which says what is wrong as it always has.
 */

export interface FastListEnvironment {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Writes its pieces in order, at once when it can (one `writev`). */
  stdout: { write(...pieces: (string | Uint8Array)[]): unknown };
}

/** Whether it printed the list (true) or left the command line to `runCli` (false). */
export function fastListJson(argv: readonly string[], { env, cwd, stdout }: FastListEnvironment): boolean {
  const flags = listJsonFlags(argv);
  // EQIA_NOW is checked by every command before it runs: a wrong one must still be refused.
  if (flags === undefined || (env.EQIA_NOW ?? '') !== '') return false;
  let location = flags.store ?? env.EQIA_STORE;
  let user = flags.user ?? env.EQIA_USER;
  // The settings file decides what flags and variables leave open, as in the whole CLI, which alone
  // explains a file that is not valid.
  const file = location === undefined || user === undefined ? settingsFile(env, cwd) : undefined;
  if (file !== undefined && exists(file)) {
    const settings = validSettingsIn(file);
    if (settings === undefined) return false;
    location ??= settings.store;
    user ??= settings.user;
  }
  if (location === '' || user === '' || isPostgresUrl(location ?? '.eqia')) return false;
  let pieces: Buffer[] | undefined;
  try {
    pieces = listJsonOfFile(databaseFile(location ?? '.eqia', cwd), { user });
  } catch {
    return false;
  }
  if (pieces === undefined) return false;
  // listJson's form (the SDK's jsonArrayOf), then the line's end that `eqia list --json` adds.
  if (pieces.length === 0) stdout.write('[]\n');
  else
    stdout.write(
      '[\n',
      ...pieces.flatMap((piece, index) => (index === 0 ? [piece] : [',\n', piece])),
      '\n]\n',
    );
  return true;
}

/** --store and --user when the arguments are exactly `list --json` with those; undefined otherwise. */
function listJsonFlags(argv: readonly string[]): { store?: string; user?: string } | undefined {
  if (argv[0] !== 'list') return undefined;
  const flags: { store?: string; user?: string } = {};
  let json = false;
  for (let index = 1; index < argv.length; index++) {
    const token = argv[index] as string;
    if (token === '--json' && !json) json = true;
    else {
      const [, name, inline] = /^--(store|user)(?:=(.*))?$/s.exec(token) ?? [];
      if (name !== 'store' && name !== 'user') return undefined;
      const value = inline ?? argv[++index];
      if (value === undefined || value.startsWith('-') || flags[name] !== undefined) return undefined;
      flags[name] = value;
    }
  }
  return json ? flags : undefined;
}

function exists(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false }) !== undefined;
}
