// A separate OS process appending to one assessment as fast as it can, re-reading and retrying whenever
// another process got there first: append-worker <file> <id> <writer> <count>. It reports each save once
// append has returned, so the test can check that no acknowledged save was lost. With a fifth argument
// `init`, it first initialises the store itself, as each of several processes started at once would.
import { ConflictError, defaultProfile as profile } from '@eqia/core';
import { StoreBusyError } from '@eqia/sdk';
import { chainedAppend } from '@eqia/sdk/testing';
import { openSqliteStore } from '../../src/index.js';

async function appendAll(
  file: string,
  id: string,
  writer: string,
  count: number,
  init: boolean,
): Promise<number> {
  const store = openSqliteStore(file);
  if (init) await store.init({ profile });
  let conflicts = 0;
  for (let n = 0; n < count; n++) {
    const note = `${writer} ${n}`;
    for (;;) {
      const events = (await store.read(id))?.events ?? [];
      try {
        await store.append(chainedAppend(id, 1, events, { event: () => ({ type: 'noted', note }) }));
        process.send?.({ saved: note });
        break;
      } catch (error) {
        if (!(error instanceof ConflictError || error instanceof StoreBusyError)) throw error;
        conflicts++;
      }
    }
  }
  await store.close();
  return conflicts;
}

const [file, id, writer, count, init] = process.argv.slice(2) as [string, string, string, string, string?];
appendAll(file, id, writer, Number(count), init === 'init').then(
  (conflicts) => process.send?.({ writer, conflicts }),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
