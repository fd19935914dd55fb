import { inListOrder } from '../client/filter-summaries.js';
import type { StoredChecks, StoredDigest } from './port.js';

/** StoredChecks from what readDigests gives for the `checks` part. */
export const checksOfDigests = (found: readonly StoredDigest[]): StoredChecks[] =>
  found.map(({ summary: { id, title, state, updatedAt }, digest }) =>
    digest?.checks
      ? {
          id,
          title,
          state,
          updatedAt,
          digest: { digestVersion: digest.digestVersion, checks: digest.checks },
        }
      : { id, title, state, updatedAt },
  );

/**
 * A store's plain readChecks: what readDigests gives for the `checks` part, read at once, put in list
 * order and handed out `batch` at a time.
 */
export async function* checksInBatches(
  read: () => Promise<readonly StoredDigest[]>,
  batch: number,
): AsyncGenerator<readonly StoredChecks[]> {
  const found = inListOrder(checksOfDigests(await read()), (checks) => checks);
  for (let start = 0; start < found.length; start += batch) yield found.slice(start, start + batch);
}
