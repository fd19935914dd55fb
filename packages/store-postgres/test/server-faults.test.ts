import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defaultProfile, type Profile, verifyChain } from '@eqia/core';
import { createClient } from '@eqia/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/index.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from '../src/testing/index.js';

const writers = 8;
const writerFile = fileURLToPath(new URL('./fault-writer.ts', import.meta.url));
const profile: Profile = {
  ...defaultProfile,
  users: [{ id: 'amara', name: 'Amara', jobTitle: 'Policy officer', roles: ['author'] }],
};

type Message =
  | { kind: 'ack'; id: string; scope: string }
  | { kind: 'error'; code: string; written?: string }
  | { kind: 'ready' }
  | { kind: 'done' }
  | { kind: 'failed'; error: string };

function startWriter(url: string, schema: string, worker: number) {
  const child: ChildProcess = fork(writerFile, [url, schema, String(worker)], {
    execArgv: ['--import', 'tsx', '--conditions=@eqia/source'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages: Message[] = [];
  child.on('message', (message) => messages.push(message as Message));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, messages, exited, acks: () => messages.filter((m) => m.kind === 'ack').length };
}

const until = async (done: () => boolean, what: () => string, ms = 120_000) => {
  const giveUp = Date.now() + ms;
  while (!done()) {
    if (Date.now() > giveUp) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const noBinaries = !postgresBinaries();
if (noBinaries && process.env.CI)
  throw new Error('PostgreSQL is not installed: the server-fault suite cannot run.');

describe.skipIf(noBinaries)('a server stopped, crashed and killed under eight writing processes', () => {
  let server: ThrowawayServer;
  beforeAll(async () => {
    server = await startThrowawayServer();
  }, 120_000);
  afterAll(async () => {
    await server?.remove();
  });

  it('loses nothing acknowledged, keeps every process up, and reports every failure as a typed error', async () => {
    const schema = 'faults';
    const store = openPostgresStore(server.url, { schema });
    await store.init({ profile });
    const amara = await createClient({ store, user: 'amara' });
    for (const title of ['shared', ...Array.from({ length: writers }, (_, w) => `own ${w}`)])
      await amara.create({ title, id: title.replace(' ', '-') });

    const workers = Array.from({ length: writers }, (_, w) => startWriter(server.url, schema, w));
    /** Every writer has saved something more since this was called. */
    const progress = async (what: string) => {
      const before = workers.map((w) => w.acks());
      const heard = () => JSON.stringify(workers.map((w) => w.messages.slice(-2)));
      await until(
        () => workers.every((w, i) => w.acks() > (before[i] ?? 0)),
        () => `every writer to save ${what}; last heard: ${heard()}`,
      );
    };
    // Loading the SDK from source takes eight processes a while on a busy machine.
    await until(
      () => workers.every((w) => w.messages.length > 0),
      () => 'every writer to start',
      240_000,
    );
    await progress('at the start');
    for (const fault of ['fast', 'immediate', 'kill'] as const) {
      if (fault === 'kill') await server.kill();
      else await server.stop(fault);
      // Longer than the writers' retry, so that some saves fail and must say so with a typed error.
      await pause(2500);
      await server.start();
      await progress(`after the ${fault} stop`);
    }
    for (const w of workers) w.child.send('stop');
    const codes = await Promise.all(workers.map((w) => w.exited));

    expect(codes).toEqual(Array(writers).fill(0));
    const all = workers.flatMap((w) => w.messages);
    expect(all.filter((m) => m.kind === 'failed')).toEqual([]);
    expect(workers.map((w) => w.messages.at(-1)?.kind)).toEqual(Array(writers).fill('done'));
    const errors = all.flatMap((m) => (m.kind === 'error' ? [m.code] : []));
    expect(new Set(errors)).toEqual(new Set(['UNAVAILABLE', 'CONFLICT']));

    // Every save acknowledged is in its assessment's log exactly once, and every log verifies.
    for (const id of ['shared', ...Array.from({ length: writers }, (_, w) => `own-${w}`)]) {
      const stored = await store.read(id);
      expect(verifyChain(stored?.events ?? []).ok).toBe(true);
      const scopes = (stored?.events ?? []).flatMap(
        (entry) => JSON.stringify(entry.event).match(/worker \d+ edit \d+/g) ?? [],
      );
      for (const ack of all) {
        if (ack.kind !== 'ack' || ack.id !== id) continue;
        expect(scopes.filter((scope) => scope === ack.scope)).toHaveLength(1);
      }
    }
    await store.close();
  }, 600_000);
});
