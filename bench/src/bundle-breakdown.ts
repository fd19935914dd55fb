// What the browser page loads at once, module by module: the bundle suite's build (suites/bundle.ts) with
// esbuild's metafile read back. `pnpm --filter @eqia/bench exec tsx src/bundle-breakdown.ts [--source]`:
// `--source` bundles the packages' sources (no build needed), else their dist/ as the bench does.
import { gzipSync } from 'node:zlib';
import { bundlePage, staticallyLoaded } from './suites/bundle.js';

const fromSource = process.argv.includes('--source');
const { files, outputs, entry } = await bundlePage(fromSource ? ['@eqia/source', 'module'] : undefined);
const atOnce = staticallyLoaded(outputs, entry);
const gzipped = (contents: Uint8Array[]) => gzipSync(Buffer.concat(contents), { level: 9 }).length / 1024;
const byModule = new Map<string, number>();
for (const name of atOnce)
  for (const [input, { bytesInOutput }] of Object.entries(outputs[name]?.inputs ?? {}))
    byModule.set(input, (byModule.get(input) ?? 0) + bytesInOutput);
const group = (input: string) =>
  input
    .replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
    .replace(/^(@[^/]+\/[^/]+|[^@][^/]*)\/.*$/, (whole, pkg: string) =>
      whole.includes('/src/') || whole.includes('/dist/') ? whole : pkg,
    );
const rows = [...byModule]
  .map(([input, bytes]) => [group(input), bytes] as const)
  .sort((a, b) => b[1] - a[1]);
const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
const lines = [
  `at once: ${gzipped([...atOnce].map((name) => files.get(name)!)).toFixed(1)} KB gzipped, ${(total / 1024).toFixed(1)} KB minified`,
  ...rows
    .slice(0, Number(process.env.TOP ?? 80))
    .map(([input, bytes]) => `${(bytes / 1024).toFixed(2).padStart(7)} KB  ${input}`),
];
// One write, and a reader that stops early (`| head`) ends it quietly.
process.stdout.on('error', () => {});
process.stdout.write(`${lines.join('\n')}\n`);
