import type Database from 'better-sqlite3';
import { listedWhere, listingWhere } from './filter-sql.js';

/*
 * The listings (schema step 9) of the summaries a WHERE clause selects, joined by SQLite into one
 * array's lines, in SQL's order, as bytes: they never become JavaScript strings, and nothing is parsed.
 * Loads nothing of eqia, so `eqia list --json` can read a store with it before anything else is loaded.
 *
 * SQL's `ORDER BY updated_at DESC, id` is the list's order (the SDK's `inListOrder`: code point order,
 * SQLite's BINARY), so the order needs no check. SQL vouches for the answer when every summary has its
 * listing, one for each: a listing is built only from a sound summary (JSON whose id and time are its
 * row's, listing-sql.ts), and NULL otherwise. Anything else is for a caller's checked path, which names
 * the damage.
 */

export interface JoinedList {
  /** The listings, a JSON document to a line, separated by commas; null when none matched. */
  lines: Buffer | null;
  /** Whether SQL vouched for them as list's answer (see above). */
  vouched: boolean;
}

export type JoinList = (where: string, params: readonly unknown[]) => JoinedList;

/** Is the text JSON whose id and time are its row's: the output stays JSON, in the order it claims. */
export const sound = `CASE WHEN json_valid(summary)
  THEN summary ->> '$.id' IS id AND summary ->> '$.updatedAt' IS updated_at ELSE 0 END`;

export function prepareJoinList(db: Database.Database): JoinList {
  // One statement, so the listings and the summaries counted come from the same commit. The count
  // reads the smallest index of the summaries, a few dozen pages.
  const listings = preparedBy((where) =>
    db
      .prepare<unknown[], [lines: Buffer | null, vouched: number]>(
        `SELECT CAST(group_concat(listing, ',' || char(10)) AS BLOB),
                coalesce(min(listing IS NOT NULL), 1) AND count(*) = (SELECT count(*) FROM ${listedWhere(where)})
           FROM (SELECT listing FROM ${listingWhere(where)} ORDER BY updated_at DESC, id)`,
      )
      .raw(),
  );
  return (where, params) => {
    // The WHERE clause is in the statement twice, so are its parameters.
    const [lines, vouched] = listings(where).get(...params, ...params) ?? [null, 0];
    return { lines, vouched: vouched === 1 };
  };
}

/** A statement per WHERE clause, prepared once. */
export function preparedBy<S>(prepare: (where: string) => S): (where: string) => S {
  const prepared = new Map<string, S>();
  return (where) => {
    let statement = prepared.get(where);
    if (statement === undefined) {
      statement = prepare(where);
      prepared.set(where, statement);
    }
    return statement;
  };
}
