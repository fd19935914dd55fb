// Builds dist/ for a fast start: esbuild bundles the CLI, our packages and their small dependencies into
// dist/bin.js and dist/index.js, with each lazily imported command (and Ink, React, the reports) in a
// chunk of its own, so Node resolves a handful of files instead of hundreds. The package's build script
// then has tsc emit only the type declarations.
import { rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { yogaWithoutFetch } from './yoga-without-fetch.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = `${root}dist`;

await rm(dist, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/bin.ts', 'src/index.ts'],
  outdir: 'dist',
  // Chunks sit beside bin.js: cli.ts reads ../package.json relative to the module it ends up in.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Our packages from their sources, so the bundle never depends on their dist/ being fresh.
  conditions: ['@eqia/source'],
  // pg loads from node_modules, only for a postgres:// store (the store adapters themselves are bundled,
  // so they share our one copy of @eqia/core and its error classes); so do the devtools Ink loads only
  // when DEV=true, and better-sqlite3's native addon, which the SQLite store names (its JavaScript is
  // bundled: one file to load rather than twelve, for `eqia list --json`'s start).
  external: ['pg', 'react-devtools-core', '*.node'],
  // Bundled CommonJS (signal-exit, …) calls require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __eqiaCreateRequire } from 'node:module'; const require = __eqiaCreateRequire(import.meta.url);",
  },
  plugins: [yogaWithoutFetch],
  jsx: 'automatic',
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
});

// Which sources each chunk holds: the lazy-loading test maps the chunks a command loads back to them.
await writeFile(`${dist}/meta.json`, JSON.stringify(result.metafile));
