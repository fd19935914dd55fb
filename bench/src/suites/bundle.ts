import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { SuiteContext } from '../results.js';

const page = join(import.meta.dirname, '..', 'fixtures', 'browser-page.ts');

/**
 * The bytes a browser downloads for eqia: fixtures/browser-page.ts bundled from the built packages as an
 * app's bundler would (esbuild, minified, for the browser), then gzipped. One figure, not a timing.
 */
export async function bundleSuite(context: SuiteContext): Promise<void> {
  const result = await build({
    entryPoints: [page],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  context.record({
    id: 'browser-bundle',
    label: 'a browser page with the SDK and reports (minified, gzipped)',
    unit: 'KB',
    value: gzipSync(code, { level: 9 }).length / 1024,
    runs: 1,
  });
}
