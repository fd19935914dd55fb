import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const addon = 'better-sqlite3/build/Release/better_sqlite3.node';

/** Where better-sqlite3's install builds its addon; undefined (its own search) if not there. */
function addonFile(): string | undefined {
  try {
    // The node_modules folders Node's resolution tries first, in its order, looked at directly: asking
    // `require.resolve` costs several milliseconds of `list --json`'s start (docs/performance.md), and
    // a package without an `exports` map, as better-sqlite3 is, resolves a subpath to the first of them
    // that holds the file.
    for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
      const file = join(folder, 'node_modules', addon);
      if (existsSync(file)) return file;
      if (dirname(folder) === folder) break;
    }
    return createRequire(import.meta.url).resolve(addon);
  } catch {
    // No module URL (a CommonJS bundle that does not define one) or no addon there.
    return undefined;
  }
}
