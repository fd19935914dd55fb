import type { AssessmentSummary, Frozen } from '@eqia/core';
import {
  type AssessmentListing,
  type CallOptions,
  filterSummaries,
  freezeListing,
  jsonArrayOf,
  type ListFilter,
  listingOf,
  listingProblem,
} from '@eqia/sdk';
import { preparedQuery } from './assessment-reads.js';
import { filterSql } from './filter-sql.js';
import type { ServerCalls } from './server-calls.js';

/*
 * `listings` and `listJson`: the listings PostgreSQL keeps (schema step 9, listing-column.ts) of the rows
 * the filter's WHERE selects (filter-sql.ts, by the indexed columns), joined by the server in the list's
 * order into one text, a listing to a line, and parsed by one JSON.parse. The summaries are never read.
 *
 * The server vouches for a listing for each row (none NULL); the client then checks each listing's
 * shape (a summary edited by hand can make a listing of the wrong types) and confirms, in one pass, that
 * the listings match the filter and are in list order (`filterSummaries`, as it did the summaries; it
 * selects and orders them again when the WHERE let through more, or a summary's time is not its row's).
 * Anything else takes the summaries' checked path, which names the damage.
 */

export interface ListingReads {
  listings(filter?: ListFilter, call?: CallOptions): Promise<Frozen<AssessmentListing>[]>;
  listJson(filter?: ListFilter, call?: CallOptions): Promise<string>;
}

interface Joined {
  /** The listings as the server joined them, one to a line; null when none matched. */
  lines: string | null;
  /** Whether every row selected has its listing. */
  whole: boolean;
}

/** `summaries`: the checked path, the list's summaries, exactly and in list order. */
export function listingReads(
  calls: ServerCalls,
  s: string,
  summaries: (filter: ListFilter | undefined, call?: CallOptions) => Promise<AssessmentSummary[]>,
): ListingReads {
  // The list's order, as the summaries' (assessment-reads.ts): times as instants, ids by code point.
  const joined = (where: string) => `
    SELECT string_agg(listing::text, E',\\n' ORDER BY updated_at DESC, id COLLATE "C") AS lines,
           count(*) = count(listing) AS whole
      FROM ${s}.assessments WHERE ${where}`;

  /** The listings, checked and in list order, with the text they came in when it is exactly that. */
  const kept = async (filter: ListFilter | undefined, call?: CallOptions) => {
    const { where, params } = filterSql(filter);
    const [row] = await preparedQuery<Joined>(calls, 'eqia_listings', joined(where), params, call);
    if (!row?.whole) return undefined;
    const parsed: AssessmentListing[] = JSON.parse(row.lines === null ? '[]' : `[${row.lines}]`);
    if (parsed.some((listing) => listingProblem(listing) !== undefined)) return undefined;
    const listings = filterSummaries(parsed, filter);
    const asJoined = listings.length === parsed.length && listings.every((l, i) => l === parsed[i]);
    return { listings, text: asJoined ? jsonArrayOf(row.lines === null ? [] : [row.lines]) : undefined };
  };

  return {
    async listings(filter, call) {
      const found = await kept(filter, call);
      const listings = found?.listings ?? (await summaries(filter, call)).map(listingOf);
      return listings.map(freezeListing);
    },
    async listJson(filter, call) {
      const found = await kept(filter, call);
      if (found?.text !== undefined) return found.text;
      const listings = found?.listings ?? (await summaries(filter, call)).map(listingOf);
      return jsonArrayOf(listings.map((listing) => JSON.stringify(listing)));
    },
  };
}
