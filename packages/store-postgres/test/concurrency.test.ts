import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defaultProfile as profile, type RecordedEvent, verifyChain } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/index.js';
import { freshSchema, noServer, serverUrl } from './server.js';

const workerCount = 8;
const rounds = 10;
const workerFile = fileURLToPath(new URL('./concurrency-worker.ts', import.meta.url));

type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'done'; conflicts: number }
  | { kind: 'failed'; error: string };

/** A writer process, with its messages collected as they come. */
function startWorker(schema: string, worker: number) {
  const child: ChildProcess = fork(workerFile, [serverUrl ?? '', schema, String(worker), String(rounds)], {
    execArgv: ['--import', 'tsx', '--conditions=@eqia/source'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages: WorkerMessage[] = [];
  const waiters: (() => void)[] = [];
  child.on('message', (message) => {
    messages.push(message as WorkerMessage);
    for (const wake of waiters.splice(0)) wake();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  async function next(): Promise<WorkerMessage> {
    while (messages.length === 0) {
      const arrived = new Promise<void>((resolve) => waiters.push(resolve));
      const outcome = await Promise.race([arrived.then(() => 'message'), exited.then(() => 'exit')]);
      if (outcome === 'exit' && messages.length === 0)
        return { kind: 'failed', error: 'exited without a word' };
    }
    return messages.shift()!;
  }
  return { child, next, exited };
}

/** The `n`s one worker wrote, in log order. */
function writtenBy(events: RecordedEvent[], worker: number): number[] {
  return events
    .map((entry) => entry.event as { by: string; n: number })
    .filter((event) => event.by === `worker-${worker}`)
    .map((event) => event.n);
}

describe.skipIf(noServer)('eight processes writing at once', () => {
  it('lose no event: each loser gets a ConflictError and retries, and every chain verifies', async () => {
    const schema = freshSchema();
    const store = openPostgresStore(serverUrl ?? '', { schema });
    await store.init({ profile });
    await store.append(
      chainedAppend('shared', 1, [], { event: () => ({ type: 'created', by: 'parent', n: 0 }) }),
    );

    const workers = Array.from({ length: workerCount }, (_, worker) => startWorker(schema, worker));
    expect(await Promise.all(workers.map((w) => w.next()))).toEqual(
      Array(workerCount).fill({ kind: 'ready' }),
    );
    // All have read version 1; now all append on it at once.
    for (const w of workers) w.child.send('go');
    const outcomes = await Promise.all(workers.map((w) => w.next()));
    await Promise.all(workers.map((w) => w.exited));

    expect(outcomes.filter((outcome) => outcome.kind !== 'done')).toEqual([]);
    const conflicts = outcomes.reduce((sum, o) => sum + (o.kind === 'done' ? o.conflicts : 0), 0);
    // The first round alone guarantees seven losers.
    expect(conflicts).toBeGreaterThanOrEqual(workerCount - 1);

    const shared = await store.read('shared');
    expect(shared?.events.map((entry) => entry.seq)).toEqual(
      Array.from({ length: 1 + workerCount * rounds }, (_, i) => i + 1),
    );
    expect(verifyChain(shared?.events ?? [])).toEqual({ ok: true, entries: 1 + workerCount * rounds });
    expect(shared?.summary.version).toBe(1 + workerCount * rounds);
    const inOrder = Array.from({ length: rounds }, (_, i) => i + 1);
    for (let worker = 0; worker < workerCount; worker++) {
      expect(writtenBy(shared?.events ?? [], worker)).toEqual(inOrder);
      const own = await store.read(`own-${worker}`);
      expect(writtenBy(own?.events ?? [], worker)).toEqual(inOrder);
      expect(verifyChain(own?.events ?? [])).toEqual({ ok: true, entries: rounds });
    }
    expect(await store.list()).toHaveLength(1 + workerCount);
    await store.close();
  }, 300_000);
});
