// One writer process of the server-fault test: edits its own assessment and a shared one through the
// SDK client, over and over, until told to stop. It tells the parent of every save acknowledged to it,
// and of every error, which must be one of eqia's (any other, or an 'error' event nobody handles, ends
// the process: the test sees that).
import { isEqiaError, StoreUnavailableError } from '@eqia/core';
import { createClient } from '@eqia/sdk';
import { openPostgresStore } from '../src/index.js';

const [url = '', schema = '', worker = ''] = process.argv.slice(2);
// A short retry, so that outages longer than it reach the caller as typed errors.
const store = openPostgresStore(url, { schema, maxConnections: 2, retryForMillis: 1500 });
let stopping = false;
process.on('message', (message) => {
  if (message === 'stop') stopping = true;
});
const send = (message: object) =>
  new Promise<void>((resolve) => process.send?.(message, () => resolve()) ?? resolve());

async function client() {
  for (;;) {
    try {
      return await createClient({ store, user: 'amara' });
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
    }
  }
}

try {
  const amara = await client();
  await send({ kind: 'ready' });
  for (let n = 1; !stopping; n++) {
    const id = n % 2 === 0 ? 'shared' : `own-${worker}`;
    const scope = `worker ${worker} edit ${n}`;
    try {
      await amara.edit(id, 'policy', (policy) => {
        policy.scope = scope;
      });
      await send({ kind: 'ack', id, scope });
    } catch (error) {
      if (!isEqiaError(error)) throw error;
      await send({ kind: 'error', code: error.code, written: (error as StoreUnavailableError).written });
    }
  }
  await store.close();
  await send({ kind: 'done' });
} catch (error) {
  await send({ kind: 'failed', error: String((error as Error).stack ?? error) });
}
process.disconnect?.();
