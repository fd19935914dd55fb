import { isAscii } from 'node:buffer';
import type { Frozen } from '@eqia/core/light';
import { type AssessmentListing, freezeListing, listingProblem } from '@eqia/sdk/light';
import type Database from 'better-sqlite3';
import { type JoinList, listedSql, preparedBy, prepareJoinList } from './joined-list.js';
import type { ListJson } from './list-json.js';

/*
 * `listings` (what `client.list` returns): the listings SQLite keeps (schema step 9, listing-sql.ts) of
 * the rows a WHERE clause selects, read a row at a time and each parsed, checked for its shape (a summary
 * edited by hand can make a listing of the wrong types) and frozen as it comes. The summaries, most of
 * whose bytes are the open actions, are never read. SQL vouches as for `listJson` (joined-list.ts): each
 * row carries the count of the summaries selected, from the same statement, so the same commit.
 */

/**
 * The listings, or undefined when one is misshapen: the caller then takes the checked path over the
 * summaries, which names the damage.
 */
export type Listings = (selected: Parameters<JoinList>[0]) => Frozen<AssessmentListing>[] | undefined;

export function prepareListings(db: Database.Database, listJson: ListJson): Listings {
  const joined = prepareJoinList(db);
  const listed = listedSql();
  const rows = preparedBy((from) =>
    db.prepare<unknown[], [listing: string | null, selected: number]>(from).raw(),
  );
  /** What SQL does not vouch for, listJson's checked path names, or lists from the summaries. */
  const checked = (selected: Parameters<JoinList>[0]) => {
    const { lines, vouched } = joined(selected);
    const text = !vouched ? listJson(selected) : lines === null ? '[]' : `[${textOf(lines)}]`;
    return inShape(JSON.parse(text));
  };
  const counts = preparedBy((count) => db.prepare<unknown[], number>(count).pluck());
  return (selected) => {
    const { from, count, params } = listed(selected);
    const statement = rows(`SELECT listing, (${count}) FROM (${from})`);
    const read = readRows(statement.iterate(...params, ...params));
    // No row says nothing of the count: when none is selected now either, none is the answer (a listing
    // without its summary is never one), without reading the listings again.
    if (read === none) return counts(count).get(...params) === 0 ? [] : checked(selected);
    return read === unvouched ? checked(selected) : read;
  };
}

const unvouched = Symbol('unvouched');
const none = Symbol('none');

/**
 * Each row's listing parsed, checked and frozen, in order; undefined at the first misshapen one;
 * `unvouched` (a NULL listing, or not one for each summary counted); or `none`, no row. The loop ends
 * before the caller reads again: the connection runs one statement at a time.
 */
function readRows(
  rows: IterableIterator<[listing: string | null, selected: number]>,
): Frozen<AssessmentListing>[] | undefined | typeof unvouched | typeof none {
  const listings: Frozen<AssessmentListing>[] = [];
  let counted = 0;
  for (const [text, selected] of rows) {
    if (text === null) return unvouched;
    const listing: AssessmentListing = JSON.parse(text);
    if (listingProblem(listing) !== undefined) return undefined;
    listings.push(freezeListing(listing));
    counted = selected;
  }
  if (listings.length === 0) return none;
  return counted === listings.length ? listings : unvouched;
}

function inShape(listings: AssessmentListing[]): Frozen<AssessmentListing>[] | undefined {
  for (const listing of listings) if (listingProblem(listing) !== undefined) return undefined;
  return listings.map(freezeListing);
}

/** The joined bytes as text: as Latin-1 when they are ASCII, which needs no decoding (UTF-8 does). */
const textOf = (bytes: Buffer) => (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString());
