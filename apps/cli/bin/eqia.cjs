#!/usr/bin/env node
// `eqia` as a command. Installed from the registry, dist/ is there and this only loads it. In a checkout
// (`pnpm eqia …` at the repository's root), the bundle is built first when it is missing or older than
// the sources it comes from: esbuild alone, a few seconds, and silent unless it fails. CommonJS, as the
// entry it loads is (dist/eqia.cjs): `eqia list --json` prints before Node's ES module loader starts.
'use strict';
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '../dist/eqia.cjs');
const builder = join(__dirname, '../scripts/build.mjs');

/** The newest modification time under a folder of sources. */
function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) latest = Math.max(latest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  return latest;
}

function stale() {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  const packages = join(__dirname, '../../../packages');
  const sources = [join(__dirname, '../src')];
  if (existsSync(packages))
    for (const name of readdirSync(packages)) sources.push(join(packages, name, 'src'));
  return sources.some((folder) => existsSync(folder) && newest(folder) > built);
}

if (existsSync(builder) && stale())
  import(require('node:url').pathToFileURL(builder).href).then(() => require(bundle));
else require(bundle);
