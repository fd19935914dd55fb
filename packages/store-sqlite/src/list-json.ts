import { jsonArrayOf, listingOf } from '@eqia/sdk/light';
import type Database from 'better-sqlite3';
import { summaryOf } from './documents.js';
import { damagedAs } from './errors.js';
import { listedWhere } from './filter-sql.js';
import { type JoinList, preparedBy, prepareJoinList, sound } from './joined-list.js';

/*
 * `listJson`: the listings (the SDK's `listingOf`, schema step 9) as stored, never parsed in JavaScript,
 * joined by SQLite (joined-list.ts): 4 MB at 10,000, where the summaries are 10 MB. A summary that is not
 * sound, or a listing missing or one too many, takes the row-by-row path, which names the damage, or
 * lists the summaries in JavaScript, in SQL's order (the list's, joined-list.ts).
 */

type Row = [id: string, updatedAt: string, summary: string, sound: number];

export type ListJson = (selected: Parameters<JoinList>[0]) => string;

export function prepareListJson(db: Database.Database, file: string): ListJson {
  const joined = prepareJoinList(db);
  const rowByRow = preparedBy((where) =>
    db
      .prepare<unknown[], Row>(
        `SELECT id, updated_at, summary, ${sound} FROM ${listedWhere(where)} ORDER BY updated_at DESC, id`,
      )
      .raw(),
  );
  return (selected) => {
    const { lines, vouched } = joined(selected);
    if (vouched) return lines === null ? jsonArrayOf([]) : `[\n${lines.toString()}\n]`;
    return inOrder(file, rowByRow(selected.where).all(...selected.params));
  };
}

/** The rows in SQL's order (the list's), each checked: the path for what SQL cannot vouch for. */
function inOrder(file: string, rows: Row[]): string {
  const unsound = rows.find((row) => !row[3]);
  if (unsound) {
    summaryOf(file, unsound[2]); // names what is wrong with it when it is not JSON, or not a summary
    throw damagedAs(file, 'summaryNotItsRow', undefined, { id: unsound[0] });
  }
  return jsonArrayOf(rows.map((row) => JSON.stringify(listingOf(summaryOf(file, row[2])))));
}
