import { inListOrder, jsonArrayOf } from '@eqia/sdk/light';
import type Database from 'better-sqlite3';
import { summaryOf } from './documents.js';
import { damaged } from './errors.js';
import { listedWhere } from './filter-sql.js';

/*
 * `listJson`: the summaries as stored, never parsed in JavaScript, which was most of `eqia list --json`'s
 * time (each one decoded, parsed, stringified again and collected). They come from `assessment_list`
 * (schema step 4), 10 MB at 10,000, not from a walk of the gigabyte of the assessments' rows. SQLite
 * checks that each is JSON naming its own row and sends them in SQL's order, which `inListOrder` (the
 * one home of the list order) then keeps, or corrects, from the ids and times alone: near linear on rows
 * already in order.
 */

type Row = [id: string, updatedAt: string, summary: string, sound: number];

/** Is the text JSON whose id and time are its row's: the output stays JSON, in the order it claims. */
const sound = `CASE WHEN json_valid(summary)
  THEN summary ->> '$.id' IS id AND summary ->> '$.updatedAt' IS updated_at ELSE 0 END`;

export type ListJson = (where: string, params: readonly unknown[]) => string;

export function prepareListJson(db: Database.Database, file: string): ListJson {
  const prepared = new Map<string, Database.Statement<unknown[], Row>>();
  return (where, params) => {
    let statement = prepared.get(where);
    if (!statement) {
      statement = db
        .prepare<unknown[], Row>(
          `SELECT id, updated_at, summary, ${sound} FROM ${listedWhere(where)} ORDER BY updated_at DESC, id`,
        )
        .raw();
      prepared.set(where, statement);
    }
    const rows = statement.all(...params);
    const unsound = rows.find((row) => !row[3]);
    if (unsound) {
      summaryOf(file, unsound[2]); // names what is wrong with it when it is not JSON, or not a summary
      throw damaged(file, `holds a summary in the row of "${unsound[0]}" that is not that row's`);
    }
    return jsonArrayOf(inListOrder(rows, ([id, updatedAt]) => ({ id, updatedAt })).map((row) => row[2]));
  };
}
