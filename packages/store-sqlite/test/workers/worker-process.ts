import { type ChildProcess, fork } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';

/**
 * Bundle a worker script (TypeScript, importing our packages' sources) into one CommonJS file, so that
 * each of the many processes a test starts loads in milliseconds instead of transpiling on start.
 * esbuild is the one tsx already depends on. better-sqlite3 stays outside the bundle (it loads a native
 * addon), so the bundle is written under this package's node_modules, where `require` finds it.
 */
export async function bundleWorker(entry: string): Promise<string> {
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  const esbuild = fromTsx('esbuild') as { build(options: object): Promise<unknown> };
  const cache = join(import.meta.dirname, '..', '..', 'node_modules', '.cache');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(cache, { recursive: true });
  const outfile = join(await mkdtemp(join(cache, 'eqia-worker-')), `${basename(entry, '.ts')}.cjs`);
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    conditions: ['@eqia/source'],
    logLevel: 'error',
  });
  return outfile;
}

export function startWorker(bundle: string, args: string[]): ChildProcess {
  return fork(bundle, args, { execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
}

/** Resolves with the exit code once the process has gone (whatever killed it). */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
