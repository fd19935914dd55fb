// A writer that appends to a few assessments until it is killed: crash-writer <directory> <ids,...>.
import { createFileStore } from '../../src/store/file/file-store.js';
import { sampleAppend } from '../../src/testing/sample-appends.js';
import { titleAt } from './versioned-title.js';

async function appendForever(directory: string, ids: string[]): Promise<never> {
  // A short stale time so that the next process recovers quickly from our kill -9.
  const store = createFileStore({ directory, lock: { staleMs: 2000 } });
  for (let turn = 0; ; turn++) {
    const id = ids[turn % ids.length]!;
    const version = (await store.read(id))?.events.length ?? 0;
    const count = 1 + (turn % 3);
    await store.append(sampleAppend(id, version, { count, title: titleAt(id, version + count) }));
    // Tell the test once we are under way, so its kill lands in the loop and not in start-up.
    if (turn === 0) process.send?.('appending');
  }
}

const [directory, ids] = process.argv.slice(2) as [string, string];
appendForever(directory, ids.split(',')).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
