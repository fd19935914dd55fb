/**
 * Objects better-sqlite3 made that must never be garbage collected.
 *
 * better-sqlite3 12 wraps databases and statements in `node::ObjectWrap`. From Node 24.19 on, its
 * destructor requires a current JavaScript environment, and one collected by a GC that runs outside it
 * (an idle-time GC, or one during exit) aborts the whole process (nodejs/node#65446; better-sqlite3 13
 * no longer uses ObjectWrap, but does not run on Node 20). So every database this package opens, and
 * every statement it prepares, stays reachable for the life of the process: the store prepares its
 * statements once per open database, so this is a few kilobytes per `openSqliteStore` that is used, and
 * `close()` still closes the database and finalizes its statements in SQLite.
 */
const kept: unknown[] = [];

export function keepForever<T>(value: T): T {
  kept.push(value);
  return value;
}
