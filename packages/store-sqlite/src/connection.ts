import { createRequire } from 'node:module';
import Database from 'better-sqlite3';

/**
 * A better-sqlite3 connection, its addon named. The CLI bundles better-sqlite3's JavaScript (one file
 * to load rather than twelve: 2.5 against 16 ms of CPU, a good part of `eqia list --json`'s margin over
 * node's start), and the addon's own search (the `bindings` package) looks beside the module that loads
 * it, which is then the bundle.
 */
export function connect(file: string, options: Database.Options): Database.Database {
  return new Database(file, { ...options, nativeBinding: addonFile() });
}

/** Where better-sqlite3's install builds its addon; undefined (its own search) if not there. */
function addonFile(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
  } catch {
    return undefined;
  }
}
