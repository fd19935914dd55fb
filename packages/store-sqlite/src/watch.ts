import { type ChangeWatcher, changeOf, createWatchers } from '@eqia/sdk/light';
import type Database from 'better-sqlite3';

/**
 * How often a watched store looks for new log entries. SQLite tells no other process of a commit, so a
 * watcher polls; each look is one seek at the end of the events' rowid index, nothing when nobody
 * watches, and a quarter second is as soon as a person looking at a screen would notice.
 */
const pollMs = 250;

/** What a poll reads: the entries after the last one seen, in the order they were written. */
interface ChangeRow {
  sequence: number;
  id: string;
  version: number;
  event: string;
}

// An events row's rowid only grows (rows are never deleted), so it is the store's order of changes. The
// event is parsed here rather than taken apart in SQL, so that one damaged row cannot stall the watch.
const changesAfter = `
  SELECT rowid AS sequence, assessment_id AS id, seq AS version, event
    FROM events WHERE rowid > ? ORDER BY rowid`;

/**
 * The watchers of one SQLite store object: while anyone watches, every `pollMs` the database (as
 * `database()` opens it) is asked for the entries written since the last look, by this process or
 * another, and each watcher is told of them.
 */
export function sqliteChanges(database: () => Database.Database) {
  let timer: ReturnType<typeof setInterval> | undefined;
  let seen = 0;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  const watchers = createWatchers(stop);
  const look = () => {
    const rows = database().prepare<[number], ChangeRow>(changesAfter).all(seen);
    for (const { sequence, id, version, event } of rows) {
      seen = sequence;
      watchers.tell(changeOf(id, version, sequence, event));
    }
  };

  return {
    /** Watch from now: earlier entries are told to the watchers already there, not to this one. */
    watch(watcher: ChangeWatcher, signal: AbortSignal): void {
      if (timer) look();
      else
        seen =
          database().prepare<[], { last: number | null }>('SELECT max(rowid) AS last FROM events').get()
            ?.last ?? 0;
      if (!watchers.add(watcher, signal) || timer) return;
      timer = setInterval(() => {
        try {
          look();
        } catch {
          // A look that failed (the file busy or gone for a moment) is tried again at the next one.
        }
      }, pollMs);
    },
    /** The store closed: every watcher is told, and polling stops. */
    close(): void {
      stop();
      watchers.end();
    },
  };
}
