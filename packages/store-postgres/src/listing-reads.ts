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
 * the filter's WHERE selects (filter-sql.ts, by the indexed columns), in the list's order. The summaries
 * are never read.
 *
 * `listings` takes them row by row, each parsed, checked and frozen as it arrives: joined by the server
 * into one text and parsed once, as SQLite's are, they were slower (the server builds the whole text
 * before it sends a byte; see docs/performance.md). `listJson` takes that one text, which is what it
 * prints, and parses it only to check it.
 *
 * Every row must have its listing (a NULL one is a summary the server could not take apart) and every
 * listing its shape (a summary edited by hand can make a listing of the wrong types); the client then
 * confirms, in one pass, that the listings match the filter and are in list order (`filterSummaries`,
 * as it did the summaries; it selects and orders them again when the WHERE let through more, or a
 * summary's time is not its row's). Anything else takes the summaries' checked path, which names the
 * damage.
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
  const order = 'ORDER BY updated_at DESC, id COLLATE "C"';
  const joined = (where: string) => `
    SELECT string_agg(listing::text, E',\\n' ${order}) AS lines, count(*) = count(listing) AS whole
      FROM ${s}.assessments WHERE ${where}`;
  const rows = (where: string) => `SELECT listing FROM ${s}.assessments WHERE ${where} ${order}`;
  // Each listing is parsed, checked and frozen as its row arrives, while the server still sends the
  // others (a misshapen one is marked, for the checked path).
  const misshapen = Object.freeze({});
  const checked = (text: string) => {
    const listing = JSON.parse(text);
    return listingProblem(listing) === undefined ? freezeListing(listing) : misshapen;
  };
  const listingTypes = { getTypeParser: () => checked };

  return {
    async listings(filter, call) {
      const { where, params } = filterSql(filter);
      const found = await preparedQuery<{ listing: Frozen<AssessmentListing> | null }>(
        calls,
        'eqia_listings',
        rows(where),
        params,
        call,
        listingTypes,
      );
      const listings = found.map((row) => row.listing);
      // Frozen here, so that the client's freeze at its edge stops at the list (each listing is frozen).
      if (listings.every((listing) => listing !== null && listing !== misshapen))
        return Object.freeze(
          filterSummaries(listings as Frozen<AssessmentListing>[], filter),
        ) as Frozen<AssessmentListing>[];
      return (await summaries(filter, call)).map((summary) => freezeListing(listingOf(summary)));
    },

    // One text, joined by the server: what is printed is what was stored, parsed only to be checked.
    async listJson(filter, call) {
      const { where, params } = filterSql(filter);
      const [row] = await preparedQuery<Joined>(calls, 'eqia_list_json', joined(where), params, call);
      const lines = row?.whole ? row.lines : undefined;
      const parsed: AssessmentListing[] | undefined =
        lines === undefined ? undefined : JSON.parse(lines === null ? '[]' : `[${lines}]`);
      if (parsed?.every((listing) => listingProblem(listing) === undefined)) {
        const listings = filterSummaries(parsed, filter);
        const asJoined = listings.length === parsed.length && listings.every((l, i) => l === parsed[i]);
        return asJoined
          ? jsonArrayOf(lines ? [lines] : [])
          : jsonArrayOf(listings.map((l) => JSON.stringify(l)));
      }
      return jsonArrayOf(
        (await summaries(filter, call)).map((summary) => JSON.stringify(listingOf(summary))),
      );
    },
  };
}
