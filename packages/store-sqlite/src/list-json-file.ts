import type Database from 'better-sqlite3';
import { connect } from './connection.js';
import { all, prepareJoinList } from './joined-list.js';
import { applicationId, latestSchemaVersion } from './schema-version.js';

/*
 * `eqia list --json` read straight from a store file, before anything else of eqia is loaded: it must
 * take little more than node's own start (docs/performance.md). The file is opened read-only, never
 * migrated, never created. Whatever is not plainly a sound store at the current schema version (no file,
 * not SQLite, damage, an older or newer schema, no profile, a user the profile does not know, rows SQL
 * cannot vouch for) answers undefined, and the caller takes the store's own path, which says what is
 * wrong exactly as it would have anyway.
 */

/** The pages of the summaries pass through once: SQLite's default cache (16 MB) only costs page faults. */
const cachePages = 64;

export interface ListJsonFileOptions {
  /** Who is reading, when one was named: the profile must know them. */
  user?: string | undefined;
}

/**
 * The whole unfiltered list's listings, one to a line with commas between (null when there are none),
 * as `listJson()` would give them; undefined when this fast read cannot vouch for them (see above).
 */
export function listJsonOfFile(file: string, options: ListJsonFileOptions = {}): Buffer | null | undefined {
  let db: Database.Database | undefined;
  try {
    db = connect(file, { readonly: true, fileMustExist: true });
    db.exec(`PRAGMA cache_size = ${cachePages}`);
    if (!isCurrentStore(db, options.user)) return undefined;
    const { lines, vouched } = prepareJoinList(db)(all);
    return vouched ? lines : undefined;
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
