import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A PostgreSQL cluster of our own, for tests that stop, kill and restart their server and for
 * `pnpm bench --pg`: made with initdb in a temporary directory, on a free loopback port, as
 * .ci/postgres.sh makes CI's shared one (which must never be stopped). As root, the server runs as the
 * `postgres` user, which PostgreSQL requires.
 */
export interface ThrowawayServer {
  /** postgres://eqia@127.0.0.1:<port>/postgres */
  readonly url: string;
  start(): Promise<void>;
  /** `fast` ends every session and shuts down cleanly; `immediate` is a crash the server recovers from. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** SIGKILL to the postmaster, as the kernel's out-of-memory killer would. */
  kill(): Promise<void>;
  /** Stop it and delete its files. */
  remove(): Promise<void>;
}

/** The newest installed PostgreSQL's programs, or undefined when none is installed. */
export function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(a) - Number(b));
  const bin = versions.length > 0 ? join(root, versions.at(-1) as string, 'bin') : undefined;
  return bin && existsSync(join(bin, 'pg_ctl')) ? bin : undefined;
}

export async function startThrowawayServer(
  options: { settings?: Record<string, string> } = {},
): Promise<ThrowawayServer> {
  const bin = postgresBinaries();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql).');
  const directory = await mkdtemp(join(tmpdir(), 'eqia-pg-own-'));
  const data = join(directory, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const uid = Number(stdout.trim());
    await chown(directory, uid, uid);
    await chmod(directory, 0o700);
  }
  const as = (program: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args])
      : run(join(bin, program), args);
  await as('initdb', ['-D', data, '-U', 'eqia', '--auth=trust', '--no-sync']);
  const port = await freePort();
  const settings = Object.entries(options.settings ?? {}).flatMap(([name, value]) => [
    '-c',
    `${name}=${value}`,
  ]);
  const serverOptions = [
    '-k',
    directory,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    ...settings,
  ];
  const ctl = (args: string[]) => as('pg_ctl', ['-D', data, ...args]);

  const server: ThrowawayServer = {
    url: `postgres://eqia@127.0.0.1:${port}/postgres`,
    async start() {
      // After a kill, the old server's sessions may hold its shared memory for a moment: try again.
      for (let attempt = 1; ; attempt++) {
        try {
          await ctl(['-o', serverOptions.join(' '), '-l', join(directory, 'log'), '-w', 'start']);
          return;
        } catch (error) {
          if (attempt >= 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    },
    async stop(mode = 'fast') {
      await ctl(['-m', mode, '-w', 'stop']);
    },
    async kill() {
      const pid = Number((await readFile(join(data, 'postmaster.pid'), 'utf8')).split('\n')[0]);
      process.kill(pid, 'SIGKILL');
    },
    async remove() {
      await ctl(['-m', 'immediate', '-w', 'stop']).catch(() => {});
      await rm(directory, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}
