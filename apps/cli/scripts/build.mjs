// Builds dist/ for a fast start: esbuild bundles the CLI, our packages and their small dependencies into
// dist/bin.js and dist/index.js, with each lazily imported command (and Ink, React, the reports) in a
// chunk of its own, so Node resolves a handful of files instead of hundreds. The package's build script
// then has tsc emit only the type declarations.
import { rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { yogaWithoutFetch } from './yoga-without-fetch.mjs';

/**
 * The command's entry (eqia-entry.ts, CommonJS) leaves the whole CLI (bin.js) and the words of an output
 * failure (ui-language.js) to the ES module build, importing them from dist/ only when it needs them.
 */
const fromModuleBuild = {
  name: 'from-module-build',
  setup(build) {
    build.onResolve({ filter: /^\.\/bin\.js$/ }, ({ path }) => ({ path, external: true }));
    build.onResolve({ filter: /\/messages\/ui-language\.js$/ }, () => ({
      path: './ui-language.js',
      external: true,
    }));
  },
};

const root = new URL('..', import.meta.url).pathname;
const dist = `${root}dist`;

await rm(dist, { recursive: true, force: true });

/** What both builds below share: ES modules for Node, minified, with source maps and a metafile. */
const common = {
  absWorkingDir: root,
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Our packages from their sources, so the bundle never depends on their dist/ being fresh.
  conditions: ['@eqia/source'],
  // Bundled CommonJS (signal-exit, better-sqlite3, …) calls require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __eqiaCreateRequire } from 'node:module'; const require = __eqiaCreateRequire(import.meta.url);",
  },
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
};

const result = await build({
  ...common,
  // ui-language.js apart too, at a name the command's entry can import (below).
  entryPoints: ['src/bin.ts', 'src/index.ts', { in: 'src/messages/ui-language.ts', out: 'ui-language' }],
  // Chunks sit beside bin.js: cli.ts reads ../package.json relative to the module it ends up in.
  chunkNames: '[name]-[hash]',
  splitting: true,
  // pg loads from node_modules, only for a postgres:// store (the store adapters themselves are bundled,
  // so they share our one copy of @eqia/core and its error classes); so do the devtools Ink loads only
  // when DEV=true, and better-sqlite3's native addon, which the SQLite store names (its JavaScript is
  // bundled: one file to load rather than twelve, for `eqia list --json`'s start).
  external: ['pg', 'react-devtools-core', '*.node'],
  plugins: [yogaWithoutFetch],
  jsx: 'automatic',
});

// The `eqia` command's entry as one CommonJS file, `list --json`'s fast path (fast-list-json.ts) and
// better-sqlite3's JavaScript in it: no ES module loader before the list is printed, and no chunks to
// resolve, read and link (docs/performance.md). better-sqlite3's JavaScript is then in it and in a chunk
// of the CLI: whichever loads first gives the addon its error class, the same code either way.
const fast = await build({
  ...common,
  entryPoints: [{ in: 'src/eqia-entry.ts', out: 'eqia' }],
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // The SQLite store names its addon relative to import.meta.url, which CommonJS does not have.
  banner: { js: "'use strict'; const __eqiaModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__eqiaModuleUrl' },
  external: ['*.node'],
  plugins: [fromModuleBuild],
});

// Which sources each chunk holds: the lazy-loading test maps the chunks a command loads back to them.
const outputs = { ...result.metafile.outputs, ...fast.metafile.outputs };
await writeFile(`${dist}/meta.json`, JSON.stringify({ ...result.metafile, outputs }));
