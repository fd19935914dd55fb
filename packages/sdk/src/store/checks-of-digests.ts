import { inListOrder } from '../client/filter-summaries.js';
import type { StoredChecks, StoredDigest } from './port.js';

/** A summary's Welsh title fields, each only when it has it (what a Welsh reader names it by). */
export const welshTitleFields = ({
  welshTitle,
  welshTitleStale,
}: {
  welshTitle?: string | undefined;
  welshTitleStale?: true | undefined;
}): { welshTitle?: string; welshTitleStale?: true } => ({
  ...(welshTitle !== undefined && { welshTitle }),
  ...(welshTitleStale && { welshTitleStale }),
});

/** StoredChecks from what readDigests gives for the `checks` part. */
export const checksOfDigests = (found: readonly StoredDigest[]): StoredChecks[] =>
  found.map(({ summary, digest }) => {
    const { id, title, state, updatedAt } = summary;
    const shown = { id, title, ...welshTitleFields(summary), state, updatedAt };
    return digest?.checks
      ? { ...shown, digest: { digestVersion: digest.digestVersion, checks: digest.checks } }
      : shown;
  });

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
