import type { LifecycleState } from '@eqia/core';
import {
  type AssessmentListing,
  type CallOptions,
  checksOfDigests,
  listingProblem,
  type ReadDigest,
  type StoredChecks,
  type StoredDigest,
  type storedDocuments,
} from '@eqia/sdk';
import { preparedQuery } from './assessment-reads.js';
import type { ServerCalls } from './server-calls.js';

/*
 * readChecks: the checks parts in list order, a range of the list order's key (schema step 12,
 * schema-steps/checks-order.ts) at a time, each statement sent only when the client asks for the next
 * batch, so that at most a batch of parts is read and parsed at once (the SDK's `readChecks`). The
 * title, its Welsh and the state are the listing's (schema steps 9 and 10), never the summary's; a row
 * whose listing is missing or misshapen (a summary PostgreSQL could not take apart, or edited by hand)
 * is read through readDigests' checked path, which names the damage.
 */

interface ChecksRow {
  id: string;
  /** The key's time: the listing's, as written. */
  key_time: string;
  listing: AssessmentListing | null;
  checks: ReadDigest | null;
}

export function checksReads(
  calls: ServerCalls,
  s: string,
  documents: ReturnType<typeof storedDocuments>,
  checked: (ids: readonly string[], call?: CallOptions) => Promise<StoredDigest[]>,
) {
  // The list's order, by code point (the key's columns are COLLATE "C"): the key's index. The range of
  // keys is taken first, so that only its rows are joined to their listings and parts. `updated_at <=
  // $2` bounds the index scan; the rest skips the rows of that time up to the last id read.
  const range = (where: string) => `
    SELECT listed.id, listed.updated_at AS key_time, a.listing, kept.checks
      FROM (SELECT id, updated_at FROM ${s}.assessment_order
              ${where} ORDER BY updated_at DESC, id LIMIT $1) AS listed
      JOIN ${s}.assessments AS a ON a.id = listed.id
      LEFT JOIN ${s}.assessment_checks AS kept ON kept.id = listed.id
      ORDER BY listed.updated_at DESC, listed.id`;
  const first = range('');
  const after = range('WHERE updated_at <= $2 AND (updated_at < $2 OR id > $3)');

  const sound = (row: ChecksRow): StoredChecks | undefined => {
    const { listing } = row;
    if (listing === null || listingProblem(listing) !== undefined) return undefined;
    const { title, welshTitle, welshTitleStale, state, updatedAt } = listing;
    const shown = {
      id: row.id,
      title,
      ...(welshTitle !== undefined && { welshTitle }),
      ...(welshTitleStale && { welshTitleStale }),
      state: state as LifecycleState,
      updatedAt,
    };
    const digest = row.checks === null ? undefined : documents.digest(row.id, row.checks);
    return digest?.checks
      ? { ...shown, digest: { digestVersion: digest.digestVersion, checks: digest.checks } }
      : shown;
  };

  const batchOf = async (rows: readonly ChecksRow[], call?: CallOptions) => {
    const found = rows.map(sound);
    const damaged = rows.filter((_, index) => found[index] === undefined).map(({ id }) => id);
    if (damaged.length === 0) return found as StoredChecks[];
    const read = new Map(checksOfDigests(await checked(damaged, call)).map((it) => [it.id, it]));
    return rows.flatMap((row, index) => found[index] ?? read.get(row.id) ?? []);
  };

  return async function* readChecks(
    batch: number,
    call?: CallOptions,
  ): AsyncGenerator<readonly StoredChecks[]> {
    let last: ChecksRow | undefined;
    for (;;) {
      const rows = await preparedQuery<ChecksRow>(
        calls,
        'eqia_checks',
        last ? after : first,
        last ? [batch, last.key_time, last.id] : [batch],
        call,
      );
      if (rows.length === 0) return;
      yield await batchOf(rows, call);
      if (rows.length < batch) return;
      last = rows.at(-1);
    }
  };
}
