#!/usr/bin/env node
// `eqia` as a command. Installed from the registry, dist/ is there and this only loads it. In a checkout
// (`pnpm eqia …` at the repository's root), the bundle is built first when it is missing or older than
// the sources it comes from: esbuild alone, a few seconds, and silent unless it fails.
import { existsSync, readdirSync, statSync } from 'node:fs';

const bundle = new URL('../dist/bin.js', import.meta.url);
const builder = new URL('../scripts/build.mjs', import.meta.url);

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
  const packages = new URL('../../../packages/', import.meta.url);
  const sources = [new URL('../src/', import.meta.url)];
  if (existsSync(packages))
    for (const name of readdirSync(packages)) sources.push(new URL(`${name}/src/`, packages));
  return sources.some((folder) => existsSync(folder) && newest(folder) > built);
}

if (existsSync(builder) && stale()) await import(builder.href);
await import(bundle.href);
