import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import type { SuiteContext } from '../results.js';

const page = join(import.meta.dirname, '..', 'fixtures', 'browser-page.ts');

/**
 * The bytes a browser downloads for eqia: fixtures/browser-page.ts bundled from the built packages as an
 * app's bundler would (esbuild, minified, for the browser, split where the code imports lazily), then
 * gzipped. The budgeted figure is what the page loads at once: its entry and every chunk it imports
 * statically. What loads only on demand (the Welsh catalogues, when a client's locale is cy; the Word
 * renderer) is recorded beside it. Figures, not timings.
 */
export async function bundleSuite(context: SuiteContext): Promise<void> {
  const { files, outputs, entry } = await bundlePage();
  const atOnce = staticallyLoaded(outputs, entry);
  const kilobytes = (contents: Uint8Array[]) => gzipSync(Buffer.concat(contents), { level: 9 }).length / 1024;
  context.record({
    id: 'browser-bundle',
    label: 'a browser page with the SDK and reports, loaded at once (minified, gzipped)',
    unit: 'KB',
    // Gzipped together, as the one file an unsplit bundle makes: the figure earlier runs measured.
    value: kilobytes([...atOnce].map((name) => files.get(name)!)),
    runs: 1,
  });
  const onDemand = [...files.keys()].filter((name) => name.endsWith('.js') && !atOnce.has(name));
  context.record({
    id: 'browser-bundle-on-demand',
    label: 'what the page loads only on demand: Welsh, Word (minified, gzipped, each file apart)',
    unit: 'KB',
    value: onDemand.reduce((total, name) => total + kilobytes([files.get(name)!]), 0),
    runs: 1,
  });
}

/**
 * The page bundled as this suite and bench/src/bundle-breakdown.ts measure it: `conditions` given only to
 * bundle the sources (esbuild adds `module` itself only when none are given).
 */
export async function bundlePage(conditions?: string[]) {
  const result = await build({
    entryPoints: [page],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'error',
    ...(conditions ? { conditions } : {}),
  });
  const files = new Map(
    result.outputFiles.map((file) => [relative(process.cwd(), file.path), file.contents]),
  );
  const outputs = result.metafile.outputs;
  // Every dynamic import's target is an entry point of its own in the metafile: the page is the one named.
  const entry = Object.keys(outputs).find(
    (name) => outputs[name]?.entryPoint === relative(process.cwd(), page),
  )!;
  return { files, outputs, entry };
}

/** The entry and every output it reaches by static imports. */
export function staticallyLoaded(outputs: Metafile['outputs'], entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of outputs[name]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entry);
  return seen;
}
