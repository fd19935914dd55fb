import type Database from 'better-sqlite3';
import { connect } from './connection.js';
import { preparedBy } from './joined-list.js';
import { applicationId, latestSchemaVersion } from './schema-version.js';

/*
 * `eqia list --json` read straight from a store file, before anything else of eqia is loaded: it must
 * take little more than node's own start (docs/performance.md). The file is opened read-only, never
 * migrated, never created. Whatever is not plainly a sound store at the current schema version (no file,
 * not SQLite, damage, an older or newer schema, no profile, a user the profile does not know, rows SQL
 * cannot vouch for) answers undefined, and the caller takes the store's own path, which says what is
 * wrong exactly as it would have anyway.
 *
 * The listings are joined by SQLite a piece at a time, in one read transaction, rather than in one
 * `group_concat` (joined-list.ts, the store's own `listJson`): each piece's accumulator is memory SQLite
 * has freed and takes again, where one for the whole list is as large as the output, all of it touched
 * for the first time (page faults, docs/performance.md). Each piece is the listings between two keys of
 * the list order, taken from `assessment_list`'s index of it; whatever keys those are, the ranges cover
 * every listing once, so SQL vouches for the whole list, before any of it is answered, as before: every
 * listing there, and as many as summaries.
 */

/**
 * The pages of the listings pass through once: SQLite's default cache (16 MB) only costs page faults. As
 * many as SQLite allocates at once when its cache starts (`SQLITE_DEFAULT_PCACHE_INITSZ`, 20 in
 * better-sqlite3's build): a larger cache allocates each page beyond those by itself, new memory
 * (page faults, docs/performance.md). The index is walked whole before the table (listingsInPieces), so
 * that neither pushes the other's upper pages out of so small a cache and no page is read twice.
 */
const cachePages = 20;

/** Listings to a piece: larger pieces made more page faults, smaller ones cost more statements. */
const pieceSize = 200;

export interface ListJsonFileOptions {
  /** Who is reading, when one was named: the profile must know them. */
  user?: string | undefined;
  /** Listings to a piece (tests take small ones). */
  piece?: number;
}

/**
 * The whole unfiltered list's listings in pieces, each one to a line with commas between, as `listJson()`
 * would give them when joined by a comma and a line's end (no pieces when there are no listings);
 * undefined when this fast read cannot vouch for them (see above).
 */
export function listJsonOfFile(file: string, options: ListJsonFileOptions = {}): Buffer[] | undefined {
  let db: Database.Database | undefined;
  try {
    db = connect(file, { readonly: true, fileMustExist: true });
    db.exec(`PRAGMA cache_size = ${cachePages}`);
    if (!isCurrentStore(db, options.user)) return undefined;
    db.exec('BEGIN');
    return listingsInPieces(db, options.piece ?? pieceSize);
  } catch {
    // Any failure here is for the store's own path to meet again and explain.
    return undefined;
  } finally {
    db?.close();
  }
}

function isCurrentStore(db: Database.Database, user: string | undefined): boolean {
  const [version, id, profile] = db
    .prepare<[], [number, number, number | null]>(
      `SELECT (SELECT user_version FROM pragma_user_version), (SELECT application_id FROM pragma_application_id),
              (SELECT json_valid(profile) AND json_type(profile, '$.users') = 'array' FROM profile)`,
    )
    .raw()
    .get() ?? [0, 0, null];
  if (version !== latestSchemaVersion || id !== applicationId || profile !== 1) return false;
  // Without a user named, a read is the profile's first user's, so the profile must have one.
  const known = db
    .prepare<[{ user: string | null }], [number]>(
      `SELECT EXISTS (SELECT 1 FROM profile, json_each(profile.profile, '$.users')
                       WHERE @user IS NULL OR value ->> '$.id' IS @user)`,
    )
    .raw()
    .get({ user: user ?? null });
  return known?.[0] === 1;
}

type Key = [updatedAt: string, id: string];

/** Every listing in list order, in pieces; undefined unless SQL vouches for them (see above). */
function listingsInPieces(db: Database.Database, piece: number): Buffer[] | undefined {
  // The list order is `updated_at DESC, id` (joined-list.ts), each bound split so that the time alone
  // bounds a range of the key.
  const after = 'updated_at <= @fromTime AND (updated_at < @fromTime OR id > @fromId)';
  const upTo = 'updated_at >= @toTime AND (updated_at > @toTime OR id <= @toId)';
  const joined = preparedBy((where) =>
    db
      .prepare<unknown[], [lines: Buffer | null, count: number, sound: number]>(
        `SELECT CAST(group_concat(listing, ',' || char(10)) AS BLOB), count(*), coalesce(min(listing IS NOT NULL), 1)
           FROM (SELECT listing FROM assessment_listing WHERE ${where} ORDER BY updated_at DESC, id)`,
      )
      .raw(),
  );
  // The piece-th summary after a key: so each range but the last holds exactly `piece` summaries, and
  // only the last one's are counted.
  const nthKey = preparedBy((where) =>
    db
      .prepare<unknown[], Key>(
        `SELECT updated_at, id FROM assessment_list WHERE ${where}
          ORDER BY updated_at DESC, id LIMIT 1 OFFSET ${piece - 1}`,
      )
      .raw(),
  );
  const counted = preparedBy((where) =>
    db.prepare<unknown[], [number]>(`SELECT count(*) FROM assessment_list WHERE ${where}`).raw(),
  );
  const onward = (from: Key | undefined) => (from === undefined ? '1' : after);
  // Every range's bounds first, then every range's listings: one walk of the index, then one of the
  // table (see cachePages).
  const keys: (Key | undefined)[] = [undefined];
  let next: Key | undefined;
  do {
    const from = keys.at(-1);
    next = nthKey(onward(from)).get(...bounds(from, undefined));
    keys.push(next);
  } while (next !== undefined);
  const last = keys.at(-2);
  const summaries =
    (keys.length - 2) * piece + (counted(onward(last)).get(...bounds(last, undefined))?.[0] ?? 0);
  const pieces: Buffer[] = [];
  let listed = 0;
  for (let index = 1; index < keys.length; index++) {
    const [from, to] = [keys[index - 1], keys[index]];
    const [lines, count, sound] = joined(to === undefined ? onward(from) : `${onward(from)} AND ${upTo}`).get(
      ...bounds(from, to),
    ) ?? [null, 0, 0];
    if (sound !== 1) return undefined;
    if (lines !== null) pieces.push(lines);
    listed += count;
  }
  return listed === summaries ? pieces : undefined;
}

type Bounds = [] | [Record<string, string>];

function bounds(from: Key | undefined, to: Key | undefined): Bounds {
  if (from === undefined && to === undefined) return [];
  return [
    {
      ...(from && { fromTime: from[0], fromId: from[1] }),
      ...(to && { toTime: to[0], toId: to[1] }),
    },
  ];
}
