// A separate OS process appending to one assessment as fast as it can, re-reading and retrying whenever
// another process got there first: append-worker <directory> <id> <writer> <count>. Tests bundle it with
// esbuild (see worker-process.ts) so that starting a process costs milliseconds, not seconds.
import { ConflictError } from '@eqia/core';
import { createFileStore } from '../../src/store/file/file-store.js';
import { StoreBusyError } from '../../src/store/store-errors.js';
import { sampleAppend } from '../../src/testing/sample-appends.js';

async function appendAll(directory: string, id: string, writer: string, count: number): Promise<number> {
  const store = createFileStore({ directory });
  let conflicts = 0;
  for (let n = 0; n < count; n++) {
    for (;;) {
      const version = (await store.read(id))?.events.length ?? 0;
      try {
        await store.append(sampleAppend(id, version, { by: writer, note: `${writer} ${n}` }));
        break;
      } catch (error) {
        if (!(error instanceof ConflictError || error instanceof StoreBusyError)) throw error;
        conflicts++;
      }
    }
  }
  return conflicts;
}

const [directory, id, writer, count] = process.argv.slice(2) as [string, string, string, string];
appendAll(directory, id, writer, Number(count)).then(
  (conflicts) => process.send?.({ writer, conflicts }),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
