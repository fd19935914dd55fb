import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from './support/binary.js';
import { cafcassStore } from './support/cli.js';

const tracer = new URL('./support/trace-imports.mjs', import.meta.url).pathname;
const dist = new URL('../dist/', import.meta.url).href;

/** The build's esbuild metafile: which source files each bundled chunk in dist/ holds. */
interface BuildMeta {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

/**
 * Run the binary and return every module it loaded, a bundled chunk standing for the source files in
 * it, so the assertions read the same whether the CLI is bundled or not.
 */
async function loadedBy(
  cwd: string,
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; modules: string[] }> {
  const file = join(cwd, `trace-${argv.join('-').replace(/\W+/g, '_')}.txt`);
  const run = await runBinary(cwd, argv, {
    env: { ...env, EQIA_TRACE_FILE: file },
    nodeArgs: ['--import', tracer],
  });
  const urls = (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  const meta = JSON.parse(await readFile(new URL('meta.json', dist), 'utf8')) as BuildMeta;
  const sources = (url: string) => {
    const chunk = url.startsWith(dist) ? meta.outputs[`dist/${url.slice(dist.length)}`] : undefined;
    return chunk ? Object.keys(chunk.inputs) : [url];
  };
  return { code: run.code, modules: urls.flatMap(sources) };
}

const ink = (url: string) => /\/node_modules\/(ink|react|react-reconciler)\//.test(url);
const reports = (url: string) => url.includes('/report/dist/') || url.includes('/report/src/');
/** The settings file's reader. */
const settings = (url: string) =>
  url === 'src/settings/settings.ts' || url.endsWith('/cli/src/settings/settings.ts');
const sdk = (url: string) => url.includes('/sdk/dist/') || url.includes('/sdk/src/');
/** What builds schemas and runs the lifecycle: zod, xstate, immer, core's schemas, the SDK's client. */
const schemasOrClient = (url: string) =>
  /\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(zod|xstate|immer)\//.test(url) ||
  /\/core\/(src|dist)\/(schema|lifecycle\/machine|profiles)\//.test(url) ||
  /\/sdk\/(src|dist)\/client\/(create-client|commands|context)\./.test(url);

describe('commands load only what they need', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await cafcassStore([{ user: 'ben', answers: 'answers-screening.json', id: 'one' }]);
  }, 60_000);

  it('--version and --help load neither the SDK, the reports nor Ink, in either language', async () => {
    for (const argv of [
      ['--version'],
      ['--help'],
      ['list', '--help'],
      ['--lang', 'cy', '--help'],
      ['--lang', 'cy', 'list', '--help'],
    ]) {
      const { code, modules } = await loadedBy(cwd, argv);
      expect(code).toBe(0);
      expect(modules.length).toBeGreaterThan(0);
      expect(modules.filter((url) => ink(url) || reports(url) || sdk(url) || schemasOrClient(url))).toEqual(
        [],
      );
    }
  });

  it('--version alone is answered by the entry, before the whole CLI loads; with more, by the CLI', async () => {
    const cli = (url: string) => url === 'src/bin.ts' || url.endsWith('/cli/src/bin.ts');
    for (const argv of [['--version'], ['-v']]) {
      const { code, modules } = await loadedBy(cwd, argv);
      expect(code).toBe(0);
      expect(modules.filter(cli)).toEqual([]);
    }
    const { code, modules } = await loadedBy(cwd, ['--version', '--lang', 'cy']);
    expect(code).toBe(0);
    expect(modules.filter(cli)).not.toEqual([]);
    // The same answer either way.
    const answers = await Promise.all(
      [['--version'], ['-v'], ['--version', '--lang', 'cy']].map((argv) => runBinary(cwd, argv)),
    );
    expect(answers[0]?.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(new Set(answers.map((answer) => answer.stdout)).size).toBe(1);
  });

  it('list and due read summaries through the light path: no zod schema, no lifecycle, no client', async () => {
    for (const argv of [
      ['list', '--json'],
      ['list'],
      ['list', '--outcome', 'adjust', '--state', 'draft'],
      ['due', '--json'],
    ]) {
      const { code, modules } = await loadedBy(cwd, argv);
      expect(code).not.toBe(70);
      expect(modules.some((url) => url.includes('/store-sqlite/src/'))).toBe(true);
      expect(modules.filter(schemasOrClient)).toEqual([]);
    }
  });

  it('a settings file is read without zod; --version does not read it, nor --help given a language', async () => {
    const env = { EQIA_CONFIG: join(cwd, 'settings.json') };
    await writeFile(env.EQIA_CONFIG, JSON.stringify({ store: '.eqia', user: 'ben', language: 'cy' }));
    for (const argv of [['list'], ['due', '--json']]) {
      const { code, modules } = await loadedBy(cwd, argv, env);
      expect(code).not.toBe(70);
      expect(modules.some(settings)).toBe(true);
      expect(modules.filter(schemasOrClient)).toEqual([]);
    }
    // Help reads it only for its language, as every command does.
    for (const argv of [['--version'], ['--lang', 'en', '--help'], ['list', '--help', '--lang', 'cy']]) {
      const { code, modules } = await loadedBy(cwd, argv, env);
      expect(code).toBe(0);
      expect(modules.filter(settings)).toEqual([]);
    }
    // Given the store, the user and the language, a command does not look at the file.
    const { modules } = await loadedBy(
      cwd,
      ['list', '--store', '.eqia', '--user', 'ben', '--lang', 'cy'],
      env,
    );
    expect(modules.filter(settings)).toEqual([]);
  });

  it('the check that list stays light would see a schema or the client', async () => {
    const { modules } = await loadedBy(cwd, ['check', 'one']);
    expect(modules.some(schemasOrClient)).toBe(true);
  });

  it('list --json, check and the objectives register load the SDK but not Ink, React or the reports', async () => {
    for (const argv of [
      ['list', '--json'],
      ['check', 'one'],
      ['objectives'],
      ['objectives', 'list', '--json'],
    ]) {
      const { code, modules } = await loadedBy(cwd, argv);
      expect(code).not.toBe(70);
      expect(modules.some(sdk)).toBe(true);
      expect(modules.filter((url) => ink(url) || reports(url))).toEqual([]);
    }
  });
});
