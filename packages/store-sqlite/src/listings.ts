import { isAscii } from 'node:buffer';
import type { Frozen } from '@eqia/core/light';
import { type AssessmentListing, freezeListing, listingProblem } from '@eqia/sdk/light';
import type Database from 'better-sqlite3';
import { type JoinList, prepareJoinList } from './joined-list.js';
import type { ListJson } from './list-json.js';

/*
 * `listings` (what `client.list` returns): the listings SQLite keeps (schema step 9, listing-sql.ts) of
 * the rows a WHERE clause selects, joined by SQLite as `listJson`'s are (joined-list.ts) and parsed by one
 * JSON.parse. The summaries, most of whose bytes are the open actions, are never read. Each listing is
 * checked for its shape (a summary edited by hand can make a listing of the wrong types) and frozen.
 */

/**
 * The listings, or undefined when one is misshapen: the caller then takes the checked path over the
 * summaries, which names the damage.
 */
export type Listings = (selected: Parameters<JoinList>[0]) => Frozen<AssessmentListing>[] | undefined;

export function prepareListings(db: Database.Database, listJson: ListJson): Listings {
  const joined = prepareJoinList(db);
  return (selected) => {
    const { lines, vouched } = joined(selected);
    // What SQL does not vouch for, listJson's checked path names, or lists from the summaries.
    const text = !vouched ? listJson(selected) : lines === null ? '[]' : `[${textOf(lines)}]`;
    const listings: AssessmentListing[] = JSON.parse(text);
    for (const listing of listings) if (listingProblem(listing) !== undefined) return undefined;
    return listings.map(freezeListing);
  };
}

/** The joined bytes as text: as Latin-1 when they are ASCII, which needs no decoding (UTF-8 does). */
const textOf = (bytes: Buffer) => (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString());
