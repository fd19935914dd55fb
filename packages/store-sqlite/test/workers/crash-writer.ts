// A writer that appends to a few assessments until it is killed: crash-writer <file> <ids,...>. After each
// append returns it tells the test the version it saved, so the test can check none is lost to the kill.

import { chainedAppend } from '@eqia/sdk/testing';
import { openSqliteStore } from '../../src/index.js';

async function appendForever(file: string, ids: string[]): Promise<never> {
  const store = openSqliteStore(file);
  for (let turn = 0; ; turn++) {
    const id = ids[turn % ids.length]!;
    const events = (await store.read(id))?.events ?? [];
    const count = 1 + (turn % 3);
    await store.append(chainedAppend(id, count, events));
    process.send?.({ id, version: events.length + count });
  }
}

const [file, ids] = process.argv.slice(2) as [string, string];
appendForever(file, ids.split(',')).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
