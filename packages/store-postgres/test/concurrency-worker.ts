// One writer process of the concurrency test: appends to a shared assessment and to its own, retrying
// after every conflict, and reports how many conflicts it met. Any other error fails the test.
import { ConflictError } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import { openPostgresStore } from '../src/index.js';

const [url = '', schema = '', workerArg = '', roundsArg = ''] = process.argv.slice(2);
const worker = Number(workerArg);
const rounds = Number(roundsArg);
const store = openPostgresStore(url, { schema, maxConnections: 2 });
let conflicts = 0;

/** Read, build the next entry of the chain, append; on a conflict read again and retry. */
async function appendOne(id: string, n: number, stale?: Awaited<ReturnType<typeof store.read>>) {
  let read = stale;
  for (;;) {
    const events = read?.events ?? [];
    try {
      await store.append(
        chainedAppend(id, 1, events, { event: () => ({ type: 'edited', by: `worker-${worker}`, n }) }),
      );
      return;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      conflicts++;
      read = await store.read(id);
    }
  }
}

function nextMessage(): Promise<unknown> {
  return new Promise((resolve) => process.once('message', resolve));
}

function report(message: object): Promise<void> {
  return new Promise((resolve) => process.send?.(message, () => resolve()) ?? resolve());
}

try {
  // Everyone reads the shared assessment, then all append at the same signal: one wins, the rest conflict.
  const firstRead = await store.read('shared');
  await report({ kind: 'ready' });
  await nextMessage();
  await appendOne('shared', 1, firstRead);
  await appendOne(`own-${worker}`, 1);
  for (let n = 2; n <= rounds; n++) {
    await appendOne('shared', n, await store.read('shared'));
    await appendOne(`own-${worker}`, n, await store.read(`own-${worker}`));
  }
  await report({ kind: 'done', conflicts });
} catch (error) {
  await report({ kind: 'failed', error: String((error as Error).stack ?? error) });
} finally {
  await store.close();
  process.disconnect?.();
}
