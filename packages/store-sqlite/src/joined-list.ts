import type Database from 'better-sqlite3';
import { type FilterSql, listedWhere, listingWhere, type Selection } from './filter-sql.js';

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
 *
 * With a characteristic, the listings are read through its range of schema step 10's keys, already in
 * list order, and counted against its rows in `assessment_characteristics`: the same summaries, since
 * triggers keep a key for each of them (see schema-steps/listings.ts). Without, every listing is read
 * and each selected by the WHERE clause.
 */

export interface JoinedList {
  /** The listings, a JSON document to a line, separated by commas; null when none matched. */
  lines: Buffer | null;
  /** Whether SQL vouched for them as list's answer (see above). */
  vouched: boolean;
}

/** What to join: a filter's SQL (filter-sql.ts), or `all` for every listing. */
export type JoinList = (selected: Pick<FilterSql, 'where' | 'params' | 'characteristic'>) => JoinedList;

export const all: Selection = { where: '1', params: [] };

/** Is the text JSON whose id and time are its row's: the output stays JSON, in the order it claims. */
export const sound = `CASE WHEN json_valid(summary)
  THEN summary ->> '$.id' IS id AND summary ->> '$.updatedAt' IS updated_at ELSE 0 END`;

/**
 * The listings a selection reads, in list order (`listing`: NULL where a summary is not sound), and the
 * count of the summaries it selects, for SQL to vouch with (see above): each with its parameters.
 */
export interface Listed {
  from: string;
  count: string;
  params: unknown[];
}

/** Each selection's SQL (listings and count), made once a WHERE clause. */
export function listedSql(): (selected: Parameters<JoinList>[0]) => Listed {
  const listings = preparedBy((where) => ({
    from: `SELECT listing FROM ${listingWhere(where)} ORDER BY updated_at DESC, id`,
    count: `SELECT count(*) FROM ${listedWhere(where)}`,
  }));
  const ofCharacteristic = preparedBy((others) => {
    const alsoIn = (column: string) =>
      others === '1' ? '' : `AND ${column} IN (SELECT id FROM assessments WHERE ${others})`;
    return {
      from: `SELECT listing FROM characteristic_listings AS kept
         JOIN assessment_listing AS listed USING (updated_at, id)
        WHERE kept.characteristic = ? ${alsoIn('kept.id')}
        ORDER BY kept.updated_at DESC, kept.id`,
      count: `SELECT count(*) FROM assessment_characteristics WHERE characteristic = ? ${alsoIn('assessment_id')}`,
    };
  });
  return ({ where, params, characteristic }) => {
    if (characteristic === undefined) return { ...listings(where), params };
    const { name, others } = characteristic;
    return { ...ofCharacteristic(others.where), params: [name, ...others.params] };
  };
}

export function prepareJoinList(db: Database.Database): JoinList {
  const listed = listedSql();
  // One statement, so the listings and the summaries counted come from the same commit. The count
  // reads the smallest index of the summaries, a few dozen pages.
  const joined = preparedBy((statement) =>
    db.prepare<unknown[], [lines: Buffer | null, vouched: number]>(statement).raw(),
  );
  return (selected) => {
    const { from, count, params } = listed(selected);
    const statement = joined(
      `SELECT CAST(group_concat(listing, ',' || char(10)) AS BLOB),
              coalesce(min(listing IS NOT NULL), 1) AND count(*) = (${count})
         FROM (${from})`,
    );
    // The statement names its conditions twice, so it takes their parameters twice.
    const [lines, vouched] = statement.get(...params, ...params) ?? [null, 0];
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
