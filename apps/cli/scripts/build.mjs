// Builds dist/ for a fast start: esbuild bundles the CLI, our packages and their small dependencies into
// dist/bin.js and dist/index.js, with each lazily imported command (and Ink, React, the reports) in a
// chunk of its own, so Node resolves a handful of files instead of hundreds. The package's build script
// then has tsc emit only the type declarations.
import { rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { yogaWithoutFetch } from './yoga-without-fetch.mjs';

/** bin.ts imports the fast path as a file of its own, built apart (below), not as a chunk of the CLI. */
const fastListJsonApart = {
  name: 'fast-list-json-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/fast-list-json\.js$/ }, ({ path }) => ({ path, external: true }));
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
  entryPoints: ['src/bin.ts', 'src/index.ts'],
  // Chunks sit beside bin.js: cli.ts reads ../package.json relative to the module it ends up in.
  chunkNames: '[name]-[hash]',
  splitting: true,
  // pg loads from node_modules, only for a postgres:// store (the store adapters themselves are bundled,
  // so they share our one copy of @eqia/core and its error classes); so do the devtools Ink loads only
  // when DEV=true, and better-sqlite3's native addon, which the SQLite store names (its JavaScript is
  // bundled: one file to load rather than twelve, for `eqia list --json`'s start).
  external: ['pg', 'react-devtools-core', '*.node'],
  plugins: [yogaWithoutFetch, fastListJsonApart],
  jsx: 'automatic',
});

// `eqia list --json`'s fast path (fast-list-json.ts) as one file, its few sources and better-sqlite3's
// JavaScript in it: split, it loaded seven chunks, each a module for Node to resolve, read and link
// before anything was printed (docs/performance.md). better-sqlite3's JavaScript is then in it and in a
// chunk of the CLI: whichever loads first gives the addon its error class, the same code either way.
const fast = await build({ ...common, entryPoints: ['src/fast-list-json.ts'], external: ['*.node'] });

// Which sources each chunk holds: the lazy-loading test maps the chunks a command loads back to them.
const outputs = { ...result.metafile.outputs, ...fast.metafile.outputs };
await writeFile(`${dist}/meta.json`, JSON.stringify({ ...result.metafile, outputs }));
