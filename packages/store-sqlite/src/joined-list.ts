import { isInListOrder } from '@eqia/sdk/list-order';
import type Database from 'better-sqlite3';
import { listedWhere, listingWhere } from './filter-sql.js';

/*
 * The listings (schema step 9) of the summaries a WHERE clause selects, joined by SQLite into one
 * array's lines, in SQL's order, as bytes: they never become JavaScript strings, and nothing is parsed.
 * Loads nothing of eqia but the list order, so `eqia list --json` can read a store with it before
 * anything else is loaded.
 *
 * SQL vouches for the answer only when every summary has its listing (its summary sound: JSON whose id
 * and time are its row's), one for each summary, and SQL's order is the list's: every time an ISO
 * instant, ordered alike in bytes and in JavaScript, and each pair of rows with the same time in the
 * list's order of ids (`isInListOrder`, the one home of that order). Anything else is for a caller's
 * checked path, which names the damage or sorts as the list.
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

/** An instant as `toISOString` writes it (the list order's `isoInstant`). */
const isoInstant = `'${'[0-9]'.repeat(4)}-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'`;

/** Separates the two ids of a pair, and one pair from the next: neither can occur in an id (ids are checked). */
const unitSeparator = '\u001f';
const recordSeparator = '\u001e';

export function prepareJoinList(db: Database.Database): JoinList {
  const listings = preparedBy((where) =>
    db
      .prepare<unknown[], [lines: Buffer | null, listed: number | null, count: number]>(
        `SELECT CAST(group_concat(listing, ',' || char(10)) AS BLOB), min(listing IS NOT NULL), count(*)
           FROM (SELECT listing FROM ${listingWhere(where)} ORDER BY updated_at DESC, id)`,
      )
      .raw(),
  );
  // Only the order's columns of the summaries (their index covers them): how many, whether every time is
  // an instant, and the ids of each two neighbours that share one.
  const order = preparedBy((where) =>
    db
      .prepare<unknown[], [count: number, instants: number | null, ties: string | null]>(
        `SELECT count(*), min(updated_at GLOB ${isoInstant}), group_concat(tie, char(30))
           FROM (SELECT updated_at,
                        CASE WHEN updated_at = lag(updated_at) OVER byList
                             THEN lag(id) OVER byList || char(31) || id END AS tie
                   FROM ${listedWhere(where)} WINDOW byList AS (ORDER BY updated_at DESC, id))`,
      )
      .raw(),
  );
  // One read transaction: the listings and their summaries' order come from the same commit.
  const join = db.transaction((where: string, params: readonly unknown[]): JoinedList => {
    const [lines, listed, count] = listings(where).get(...params) ?? [null, null, 0];
    const [summaries, instants, ties] = order(where).get(...params) ?? [0, null, null];
    if (summaries === 0) return { lines: null, vouched: count === 0 };
    return {
      lines,
      vouched: listed === 1 && count === summaries && instants === 1 && tiesInListOrder(ties),
    };
  });
  return (where, params) => join.deferred(where, params);
}

/** Whether each pair of ids that share a time is in the list's order (false for a pair SQLite cut badly). */
function tiesInListOrder(ties: string | null): boolean {
  if (ties === null) return true;
  return ties.split(recordSeparator).every((tie) => {
    const ids = tie.split(unitSeparator);
    return ids.length === 2 && isInListOrder(ids.map((id) => ({ id, updatedAt: '' })));
  });
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
