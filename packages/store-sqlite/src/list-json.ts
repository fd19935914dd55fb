import { inListOrder, isInListOrder, jsonArrayOf, type ListOrderKey } from '@eqia/sdk/light';
import type Database from 'better-sqlite3';
import { summaryOf } from './documents.js';
import { damaged } from './errors.js';
import { listedWhere } from './filter-sql.js';

/*
 * `listJson`: the summaries as stored, never parsed in JavaScript, which was most of `eqia list --json`'s
 * time (each one decoded, parsed, stringified again and collected). They come from `assessment_list`
 * (schema step 4), 10 MB at 10,000, not from a walk of the gigabyte of the assessments' rows.
 *
 * SQLite joins them into the answer itself, in SQL's order, beside the ids and times of that order and
 * whether every summary is sound: one string crosses into JavaScript instead of 10,000 rows (which, with
 * their garbage, took most of what was left). `isInListOrder` (beside the one home of the list order)
 * then confirms SQL's order from the ids and times alone. Rows that are not sound, or an order that SQL's
 * binary comparison does not share with the list's, take the row-by-row path, which names the damage or
 * sorts them as the list does.
 */

type Row = [id: string, updatedAt: string, summary: string, sound: number];
type Joined = [summaries: string | null, keys: string | null, sound: number | null, count: number];

/** Is the text JSON whose id and time are its row's: the output stays JSON, in the order it claims. */
const sound = `CASE WHEN json_valid(summary)
  THEN summary ->> '$.id' IS id AND summary ->> '$.updatedAt' IS updated_at ELSE 0 END`;

const order = 'ORDER BY updated_at DESC, id';

/** Separates an id from its time, and one key from the next: neither can occur in either (ids are checked). */
const unitSeparator = '\u001f';
const recordSeparator = '\u001e';

export type ListJson = (where: string, params: readonly unknown[]) => string;

export function prepareListJson(db: Database.Database, file: string): ListJson {
  const joined = preparedBy((where) =>
    db
      .prepare<unknown[], Joined>(
        `SELECT group_concat(summary, ',' || char(10)),
                group_concat(id || char(31) || updated_at, char(30)),
                min(${sound}),
                count(*)
           FROM (SELECT id, updated_at, summary FROM ${listedWhere(where)} ${order})`,
      )
      .raw(),
  );
  const rowByRow = preparedBy((where) =>
    db
      .prepare<unknown[], Row>(`SELECT id, updated_at, summary, ${sound} FROM ${listedWhere(where)} ${order}`)
      .raw(),
  );
  return (where, params) => {
    const [summaries, keys, allSound, count] = joined(where).get(...params) ?? [null, null, null, 0];
    if (summaries === null || keys === null) return jsonArrayOf([]);
    const inSqlOrder = allSound === 1 ? keysOf(keys, count) : undefined;
    if (inSqlOrder && isInListOrder(inSqlOrder)) return `[\n${summaries}\n]`;
    return inOrder(file, rowByRow(where).all(...params));
  };
}

/** The rows as the list orders them, each checked: the path for what SQL cannot vouch for. */
function inOrder(file: string, rows: Row[]): string {
  const unsound = rows.find((row) => !row[3]);
  if (unsound) {
    summaryOf(file, unsound[2]); // names what is wrong with it when it is not JSON, or not a summary
    throw damaged(file, `holds a summary in the row of "${unsound[0]}" that is not that row's`);
  }
  return jsonArrayOf(inListOrder(rows, ([id, updatedAt]) => ({ id, updatedAt })).map((row) => row[2]));
}

/** The keys SQLite joined, or undefined when a time held a separator (a damaged row: the slow path names it). */
function keysOf(joined: string, count: number): ListOrderKey[] | undefined {
  const keys: ListOrderKey[] = [];
  for (const key of joined.split(recordSeparator)) {
    const [id, updatedAt, ...more] = key.split(unitSeparator);
    if (id === undefined || updatedAt === undefined || more.length > 0) return undefined;
    keys.push({ id, updatedAt });
  }
  return keys.length === count ? keys : undefined;
}

/** A statement per WHERE clause, prepared once. */
function preparedBy<S>(prepare: (where: string) => S): (where: string) => S {
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
