import { isAscii } from 'node:buffer';
import type { Frozen } from '@eqia/core/light';
import { type AssessmentListing, listingProblem, listingsFreezer } from '@eqia/sdk/light';
import type Database from 'better-sqlite3';
import { type JoinList, listedSql, preparedBy, prepareJoinList } from './joined-list.js';
import type { ListJson } from './list-json.js';

/*
 * `listings` (what `client.list` returns): the listings SQLite keeps (schema step 9, listing-sql.ts) of
 * the rows a WHERE clause selects, read a row at a time and each parsed, checked for its shape (a summary
 * edited by hand can make a listing of the wrong types) and frozen as it comes (listings with equal
 * characteristics sharing one frozen list: `listingsFreezer`). The summaries, most of whose bytes are the
 * open actions, are never read. SQL vouches as for `listJson` (joined-list.ts): the statement's first row
 * is the count of the summaries selected, the same statement's, so from the same commit.
 */

/**
 * The listings, or undefined when one is misshapen: the caller then takes the checked path over the
 * summaries, which names the damage.
 */
export type Listings = (selected: Parameters<JoinList>[0]) => Frozen<AssessmentListing>[] | undefined;

export function prepareListings(db: Database.Database, listJson: ListJson): Listings {
  const joined = prepareJoinList(db);
  const listed = listedSql();
  const rows = preparedBy((from) => db.prepare<unknown[], string | number | null>(from).pluck());
  /** What SQL does not vouch for, listJson's checked path names, or lists from the summaries. */
  const checked = (selected: Parameters<JoinList>[0]) => {
    const { lines, vouched } = joined(selected);
    const text = !vouched ? listJson(selected) : lines === null ? '[]' : `[${textOf(lines)}]`;
    return inShape(JSON.parse(text));
  };
  return (selected) => {
    const { from, count, params } = listed(selected);
    // The count first, then the listings, each a value (no array a row): one statement, so one commit.
    const statement = rows(`${count} UNION ALL SELECT * FROM (${from})`);
    const read = readRows(statement.iterate(...params, ...params));
    return read === unvouched ? checked(selected) : read;
  };
}

const unvouched = Symbol('unvouched');

/**
 * Each row's listing parsed, checked and frozen, in order, after the first row's count of the summaries
 * selected; undefined at the first misshapen one; `unvouched` when a listing is NULL or there is not one
 * for each summary counted (none, when none is counted, is the answer: a listing without its summary
 * is never one). The loop ends before the caller reads again: the connection runs one statement at a time.
 */
function readRows(
  rows: IterableIterator<string | number | null>,
): Frozen<AssessmentListing>[] | undefined | typeof unvouched {
  const listings: Frozen<AssessmentListing>[] = [];
  const freeze = listingsFreezer();
  let selected: number | undefined;
  for (const value of rows) {
    if (selected === undefined) selected = value as number;
    else if (typeof value !== 'string') return unvouched;
    else {
      const listing: AssessmentListing = JSON.parse(value);
      if (listingProblem(listing) !== undefined) return undefined;
      listings.push(freeze(listing));
    }
  }
  return selected === listings.length ? listings : unvouched;
}

function inShape(listings: AssessmentListing[]): Frozen<AssessmentListing>[] | undefined {
  for (const listing of listings) if (listingProblem(listing) !== undefined) return undefined;
  return listings.map(listingsFreezer());
}

/** The joined bytes as text: as Latin-1 when they are ASCII, which needs no decoding (UTF-8 does). */
const textOf = (bytes: Buffer) => (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString());
