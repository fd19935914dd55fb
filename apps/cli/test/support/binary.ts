import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir, testNow } from './cli.js';

/** The built CLI's entry, which the `eqia` command loads: the test script builds it first. */
export const binary = new URL('../../dist/eqia.cjs', import.meta.url).pathname;

if (!existsSync(binary))
  throw new Error(`Build the CLI first (pnpm --filter @eqia/cli build): ${binary} is missing.`);

export interface BinaryRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn the built binary with no terminal: stdin is a closed pipe, like cron or CI. */
export function runBinary(
  cwd: string,
  argv: string[],
  options: { env?: Record<string, string>; nodeArgs?: string[]; user?: { uid: number; gid: number } } = {},
): Promise<BinaryRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), binary, ...argv], {
      cwd,
      env: { PATH: process.env.PATH ?? '', EQIA_NOW: testNow, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...options.user,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

/** The built binary, called as the in-process `eqia` helper is: swap one for the other to test what users run. */
export const eqiaBuilt = (
  cwd: string,
  argv: string[],
  env: Record<string, string> = {},
): Promise<BinaryRun> => runBinary(cwd, argv, { env });

/**
 * A new folder (made by `make`, in a `beforeAll`) whose store `store` the built binary runs on with
 * settings of its own; `written` puts a JSON file there and gives its name, for `--answers`.
 */
export function storeFolder() {
  let cwd = '';
  return {
    async make() {
      cwd = await tempDir();
    },
    run: (...argv: string[]) =>
      runBinary(cwd, ['--store', 'store', ...argv], {
        env: { EQIA_CONFIG: join(cwd, 'config.json'), HOME: cwd },
      }),
    async written(name: string, value: unknown) {
      await writeFile(join(cwd, name), JSON.stringify(value));
      return name;
    },
  };
}
