import { UnsupportedVersionError } from '@eqia/core/light';
import { storeTold } from '@eqia/sdk/adapter';
import type Database from 'better-sqlite3';
import { checksOrderStep } from './checks-order-step.js';
import { listingSql, step9Fields } from './listing-sql.js';
import { applicationId, latestSchemaVersion } from './schema-version.js';
import { addFingerprintFunction, welshTitleStep } from './welsh-title-step.js';

export { applicationId, latestSchemaVersion };

export interface Migration {
  version: number;
  name: string;
  /** The SQL of the step. It runs in one transaction with the `user_version` bump. */
  sql: string;
}

/**
 * The schema, as versioned steps applied in order, each recorded in the file's `user_version`. Never edit
 * a released step: add a new one.
 *
 * Documents (summary, snapshot, digest parts, events, profile) are JSON text kept exactly as written:
 * they are the legal record. The typed columns beside them are what filters and indexes use. Since step
 * 6 each is kept once: the snapshot in `assessments` (last, after the typed columns), the summary in
 * `assessment_list`, the digest as its two parts in `assessment_checks` and `assessment_annual`.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'assessments, their negative characteristics, append-only events and the profile',
    sql: `
      PRAGMA application_id = ${applicationId};

      CREATE TABLE assessments (
        id TEXT PRIMARY KEY NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        state TEXT NOT NULL,
        stage TEXT,
        title TEXT NOT NULL,
        reference TEXT NOT NULL,
        team TEXT NOT NULL,
        owner TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        outcome TEXT,
        screened_out INTEGER NOT NULL CHECK (screened_out IN (0, 1)),
        decision_date TEXT,
        next_review_date TEXT,
        published_at TEXT,
        -- JavaScript's toLowerCase of the team, and of title, reference and team joined by newlines:
        -- SQLite's own lower() folds ASCII only, and the list filter must match as the SDK's does.
        team_key TEXT NOT NULL,
        search_text TEXT NOT NULL,
        summary TEXT NOT NULL,
        digest TEXT,
        snapshot TEXT NOT NULL
      );
      CREATE INDEX assessments_state ON assessments (state);
      CREATE INDEX assessments_team ON assessments (team_key);
      CREATE INDEX assessments_owner ON assessments (owner);
      CREATE INDEX assessments_next_review_date ON assessments (next_review_date);
      CREATE INDEX assessments_updated_at ON assessments (updated_at);

      -- The summary's negativeCharacteristics, one row each, so "negative impact on X" is an index lookup.
      CREATE TABLE assessment_characteristics (
        assessment_id TEXT NOT NULL REFERENCES assessments (id),
        characteristic TEXT NOT NULL,
        PRIMARY KEY (assessment_id, characteristic)
      ) WITHOUT ROWID;
      CREATE INDEX assessment_characteristics_characteristic
        ON assessment_characteristics (characteristic, assessment_id);

      CREATE TABLE events (
        assessment_id TEXT NOT NULL REFERENCES assessments (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        event TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (assessment_id, seq)
      );

      -- The log is append-only: history is corrected by new events, never rewritten.
      CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN
        SELECT RAISE(ABORT, 'eqia events are append-only: UPDATE on events is refused. Correct an assessment by appending a new event through eqia.');
      END;
      CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN
        SELECT RAISE(ABORT, 'eqia events are append-only: DELETE on events is refused. Correct an assessment by appending a new event through eqia.');
      END;

      CREATE TABLE profile (
        only_one INTEGER PRIMARY KEY CHECK (only_one = 1),
        profile TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'equality objectives and their append-only events',
    sql: `
      CREATE TABLE objectives (
        id TEXT PRIMARY KEY NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        status TEXT NOT NULL,
        owner TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        snapshot TEXT NOT NULL
      );

      CREATE TABLE objective_events (
        objective_id TEXT NOT NULL REFERENCES objectives (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        event TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (objective_id, seq)
      );

      CREATE TRIGGER objective_events_no_update BEFORE UPDATE ON objective_events BEGIN
        SELECT RAISE(ABORT, 'eqia events are append-only: UPDATE on objective_events is refused. Correct an objective by appending a new event through eqia.');
      END;
      CREATE TRIGGER objective_events_no_delete BEFORE DELETE ON objective_events BEGIN
        SELECT RAISE(ABORT, 'eqia events are append-only: DELETE on objective_events is refused. Correct an objective by appending a new event through eqia.');
      END;
    `,
  },
  {
    version: 3,
    name: "the organisation's equality data, one append-only row per import",
    sql: `
      CREATE TABLE equality_data (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        kind TEXT NOT NULL,
        period TEXT NOT NULL,
        entry TEXT NOT NULL
      );

      CREATE TRIGGER equality_data_no_update BEFORE UPDATE ON equality_data BEGIN
        SELECT RAISE(ABORT, 'eqia equality data is append-only: UPDATE on equality_data is refused. Import the figures again through eqia to replace them.');
      END;
      CREATE TRIGGER equality_data_no_delete BEFORE DELETE ON equality_data BEGIN
        SELECT RAISE(ABORT, 'eqia equality data is append-only: DELETE on equality_data is refused. Import the figures again through eqia to replace them.');
      END;
    `,
  },
  {
    version: 4,
    name: 'the summaries apart, in list order, kept by triggers',
    // An assessment's row is 30 KB or more, its summary in the row's overflow pages: listing read the
    // whole file. Here the summaries take 10 MB at 10,000, read in order through the index. Triggers
    // keep the copy, so every writer (raw SQL too) leaves it the same as the assessments' own column.
    sql: `
      CREATE TABLE assessment_list (
        id TEXT PRIMARY KEY NOT NULL REFERENCES assessments (id),
        updated_at TEXT NOT NULL,
        summary TEXT NOT NULL
      );
      CREATE INDEX assessment_list_order ON assessment_list (updated_at DESC, id);
      INSERT INTO assessment_list (id, updated_at, summary) SELECT id, updated_at, summary FROM assessments;

      CREATE TRIGGER assessment_list_insert AFTER INSERT ON assessments BEGIN
        INSERT INTO assessment_list (id, updated_at, summary) VALUES (NEW.id, NEW.updated_at, NEW.summary);
      END;
      CREATE TRIGGER assessment_list_update AFTER UPDATE OF id, updated_at, summary ON assessments BEGIN
        UPDATE assessment_list SET id = NEW.id, updated_at = NEW.updated_at, summary = NEW.summary
         WHERE id = OLD.id;
      END;

      -- Only ever a copy: written any other way, list would print what verify never compares.
      CREATE TRIGGER assessment_list_copy_only BEFORE UPDATE ON assessment_list
        WHEN NEW.summary IS NOT (SELECT summary FROM assessments WHERE id = NEW.id)
          OR NEW.updated_at IS NOT (SELECT updated_at FROM assessments WHERE id = NEW.id) BEGIN
        SELECT RAISE(ABORT, 'assessment_list is a copy of the assessments'' summaries: change an assessment through eqia, never this table.');
      END;
      CREATE TRIGGER assessment_list_insert_copy_only BEFORE INSERT ON assessment_list
        WHEN NEW.summary IS NOT (SELECT summary FROM assessments WHERE id = NEW.id)
          OR NEW.updated_at IS NOT (SELECT updated_at FROM assessments WHERE id = NEW.id) BEGIN
        SELECT RAISE(ABORT, 'assessment_list is a copy of the assessments'' summaries: change an assessment through eqia, never this table.');
      END;
    `,
  },
  {
    version: 5,
    name: "the digests' two parts apart, kept by triggers",
    // What the annual report and `check --all` read of each assessment (a few kilobytes of its digest)
    // sat inside rows of 30 KB and more, before the snapshot: reading them walked those rows' overflow
    // pages, and SQLite parsed each whole digest to cut out the part asked for. Here each part is its own
    // narrow row, cut once when it is written, with the typed columns a reader selects on. As for the
    // summaries (step 4), triggers keep the copies, so every writer leaves them as the digest says; a
    // digest that is not JSON is copied as it is, so readers meet the damage and refuse it by name.
    sql: `
      CREATE TABLE assessment_checks (
        id TEXT PRIMARY KEY NOT NULL REFERENCES assessments (id),
        profile_fingerprint TEXT,
        checks TEXT NOT NULL
      );
      CREATE TABLE assessment_annual (
        id TEXT PRIMARY KEY NOT NULL REFERENCES assessments (id),
        state TEXT NOT NULL,
        created_on TEXT,
        decision_date TEXT,
        last_approved_on TEXT,
        published_on TEXT,
        withdrawn_on TEXT,
        next_review_date TEXT,
        annual TEXT NOT NULL
      );
      ${copyDigestParts('existing')}

      CREATE TRIGGER assessment_parts_insert AFTER INSERT ON assessments WHEN NEW.digest IS NOT NULL BEGIN
        ${copyDigestParts('NEW')}
      END;
      CREATE TRIGGER assessment_parts_update AFTER UPDATE OF id, state, digest ON assessments BEGIN
        DELETE FROM assessment_checks WHERE id = OLD.id;
        DELETE FROM assessment_annual WHERE id = OLD.id;
        ${copyDigestParts('NEW')}
      END;
    `,
  },
  {
    version: 6,
    name: 'each document written once: the digest only as its parts, the summary only in assessment_list',
    // Steps 4 and 5 kept the summary and the digest whole in `assessments` and copied them by trigger,
    // so a save wrote the digest three times and the summary twice, the parts deleted and inserted
    // again (new rowids, their key index, freed and taken overflow pages) even when unchanged: about 29
    // pages of the write-ahead log per save of an edit at 10,000, where the assessment is 7. Now the
    // append writes each document once, where its readers read it, and upserts the narrow rows in place,
    // so SQLite leaves every page whose bytes are the same unwritten. The copies were complete (the
    // triggers kept them since steps 4 and 5), so dropping the whole ones loses nothing. Nothing reads
    // the assessments' own updated_at index since list reads assessment_list's.
    sql: `
      DROP TRIGGER assessment_parts_insert;
      DROP TRIGGER assessment_parts_update;
      DROP TRIGGER assessment_list_insert;
      DROP TRIGGER assessment_list_update;
      DROP TRIGGER assessment_list_copy_only;
      DROP TRIGGER assessment_list_insert_copy_only;
      DROP INDEX assessments_updated_at;
      ALTER TABLE assessments DROP COLUMN digest;
      ALTER TABLE assessments DROP COLUMN summary;
      `,
  },
  {
    version: 8,
    name: "the annual facts' actions and reaffirmations as rows, kept by triggers",
    // The annual report's totals (actions by status, overdue, reviews, the year ahead) are counted by
    // SQLite over every assessment still in force: parsing each annual part for them took seconds at
    // 100,000. Here each action and reaffirmation is a row, with the part's digest version and team, so
    // they are index lookups and counts. Triggers on assessment_annual (written by each save) keep
    // them, so every writer leaves them as the digest says; a part that is not JSON gives no rows, and
    // the store then answers no totals (the client reads the parts and meets the damage by name).
    sql: `
      CREATE TABLE annual_versions (
        id TEXT PRIMARY KEY NOT NULL REFERENCES assessments (id),
        state TEXT NOT NULL,
        digest_version INTEGER,
        team TEXT
      ) WITHOUT ROWID;
      CREATE INDEX annual_versions_state ON annual_versions (state, id);
      CREATE TABLE annual_actions (
        id TEXT NOT NULL REFERENCES assessments (id),
        position INTEGER NOT NULL,
        status TEXT,
        due_date TEXT,
        PRIMARY KEY (id, position)
      ) WITHOUT ROWID;
      CREATE INDEX annual_actions_live_due ON annual_actions (due_date, id, position)
        WHERE status IN ('open', 'in_progress');
      CREATE TABLE annual_reaffirmations (
        id TEXT NOT NULL REFERENCES assessments (id),
        position INTEGER NOT NULL,
        day TEXT,
        PRIMARY KEY (id, position)
      ) WITHOUT ROWID;
      CREATE INDEX annual_reaffirmations_day ON annual_reaffirmations (day);
      -- Each with the id and state, so that selecting by them never reads the parts' large rows.
      CREATE INDEX assessment_annual_state ON assessment_annual (state, next_review_date, id);
      CREATE INDEX assessment_annual_created_on ON assessment_annual (created_on, id, state);
      CREATE INDEX assessment_annual_decision_date ON assessment_annual (decision_date, id, state);
      CREATE INDEX assessment_annual_last_approved_on ON assessment_annual (last_approved_on, id, state);
      CREATE INDEX assessment_annual_published_on ON assessment_annual (published_on, id, state);
      CREATE INDEX assessment_annual_withdrawn_on ON assessment_annual (withdrawn_on, id, state);
      ${copyAnnualRows('existing')}

      CREATE TRIGGER annual_rows_insert AFTER INSERT ON assessment_annual WHEN json_valid(NEW.annual) BEGIN
        ${copyAnnualRows('NEW')}
      END;
      CREATE TRIGGER annual_rows_delete AFTER DELETE ON assessment_annual BEGIN
        DELETE FROM annual_versions WHERE id = OLD.id;
        DELETE FROM annual_actions WHERE id = OLD.id;
        DELETE FROM annual_reaffirmations WHERE id = OLD.id;
      END;
      -- Since step 6 a save upserts the part in place: its rows follow only when the part changed.
      CREATE TRIGGER annual_rows_update AFTER UPDATE OF annual, state ON assessment_annual
        WHEN OLD.annual IS NOT NEW.annual OR OLD.state IS NOT NEW.state BEGIN
        DELETE FROM annual_versions WHERE id = OLD.id;
        DELETE FROM annual_actions WHERE id = OLD.id;
        DELETE FROM annual_reaffirmations WHERE id = OLD.id;
        ${copyAnnualRows('NEW')}
      END;
    `,
  },
  {
    version: 9,
    name: "each assessment's listing (what `eqia list --json` prints), in list order, kept by triggers",
    // `eqia list --json` printed the summaries, 10 MB at 10,000, mostly their open actions: more than
    // its budget allows for reading and writing them at all. It prints listings now, a tenth of that
    // (the SDK's listingOf), built here once when a summary is written, so the list reads 4 MB of
    // listings already in its order (the key) and parses nothing. Triggers on assessment_list (written
    // by each save) keep them, so every writer leaves them as the summary says; a summary that is not
    // sound has a NULL listing, and readers take the checked path, which names it.
    sql: `
      CREATE TABLE assessment_listing (
        updated_at TEXT NOT NULL,
        id TEXT NOT NULL,
        listing TEXT,
        PRIMARY KEY (updated_at DESC, id)
      ) WITHOUT ROWID;
      INSERT INTO assessment_listing (updated_at, id, listing)
        SELECT existing.updated_at, existing.id, ${listingSql('existing', step9Fields)} FROM assessment_list AS existing;

      CREATE TRIGGER assessment_listing_insert AFTER INSERT ON assessment_list BEGIN
        INSERT INTO assessment_listing (updated_at, id, listing) VALUES (NEW.updated_at, NEW.id, ${listingSql('NEW', step9Fields)});
      END;
      -- Found by its key: the row's old time and id.
      CREATE TRIGGER assessment_listing_update AFTER UPDATE ON assessment_list BEGIN
        DELETE FROM assessment_listing WHERE updated_at = OLD.updated_at AND id = OLD.id;
        INSERT INTO assessment_listing (updated_at, id, listing) VALUES (NEW.updated_at, NEW.id, ${listingSql('NEW', step9Fields)});
      END;
      CREATE TRIGGER assessment_listing_delete AFTER DELETE ON assessment_list BEGIN
        DELETE FROM assessment_listing WHERE updated_at = OLD.updated_at AND id = OLD.id;
      END;
    `,
  },
  {
    version: 10,
    name: "each listing's key under each of its negative characteristics, in list order, kept by triggers",
    // Listings with a negative impact on one characteristic read every listing and kept a third of them
    // at 100,000 (docs/performance.md). Here each listing's key (its summary's time and id) is kept
    // under each characteristic, so those listings are one range of keys already in list order, each
    // joined to its listing by key. Only keys, not the listings' text: a tenth of the size, about as
    // fast, and a save writes a few small rows. Triggers on both tables they come from keep them, so
    // every writer (raw SQL too) leaves one key for each summary under each of its characteristics.
    sql: `
      CREATE TABLE characteristic_listings (
        characteristic TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        id TEXT NOT NULL,
        PRIMARY KEY (characteristic, updated_at DESC, id)
      ) WITHOUT ROWID;
      -- From the summaries' order index (no summary is read), each one's characteristics by key, sorted once.
      INSERT INTO characteristic_listings (characteristic, updated_at, id)
        SELECT kept.characteristic, listed.updated_at, listed.id
          FROM assessment_list AS listed INDEXED BY assessment_list_order
         CROSS JOIN assessment_characteristics AS kept ON kept.assessment_id = listed.id
         ORDER BY 1, 2 DESC, 3;

      CREATE TRIGGER characteristic_listings_insert AFTER INSERT ON assessment_characteristics BEGIN
        ${keysOf('NEW', 'add')}
      END;
      CREATE TRIGGER characteristic_listings_delete AFTER DELETE ON assessment_characteristics BEGIN
        ${keysOf('OLD', 'drop')}
      END;
      CREATE TRIGGER characteristic_listings_update AFTER UPDATE ON assessment_characteristics BEGIN
        ${keysOf('OLD', 'drop')}
        ${keysOf('NEW', 'add')}
      END;
      CREATE TRIGGER characteristic_listings_summary_insert AFTER INSERT ON assessment_list BEGIN
        ${summaryKeys('NEW', 'add')}
      END;
      CREATE TRIGGER characteristic_listings_summary_delete AFTER DELETE ON assessment_list BEGIN
        ${summaryKeys('OLD', 'drop')}
      END;
      CREATE TRIGGER characteristic_listings_summary_update AFTER UPDATE OF id, updated_at ON assessment_list
        WHEN OLD.id IS NOT NEW.id OR OLD.updated_at IS NOT NEW.updated_at BEGIN
        ${summaryKeys('OLD', 'drop')}
        ${summaryKeys('NEW', 'add')}
      END;
    `,
  },
  welshTitleStep,
  checksOrderStep,
];

/**
 * Step 10's keys of one row of assessment_characteristics (`row`: NEW or OLD), added or dropped: the
 * key is its summary's, found by id (none when it has no summary).
 */
function keysOf(row: string, change: 'add' | 'drop'): string {
  return change === 'add'
    ? `INSERT INTO characteristic_listings (characteristic, updated_at, id)
         SELECT ${row}.characteristic, updated_at, id FROM assessment_list WHERE id = ${row}.assessment_id;`
    : `DELETE FROM characteristic_listings
        WHERE characteristic = ${row}.characteristic AND id = ${row}.assessment_id
          AND updated_at IN (SELECT updated_at FROM assessment_list WHERE id = ${row}.assessment_id);`;
}

/** Step 10's keys of one summary (`row`: NEW or OLD), under each of its assessment's characteristics. */
function summaryKeys(row: string, change: 'add' | 'drop'): string {
  const characteristics = `SELECT characteristic FROM assessment_characteristics WHERE assessment_id = ${row}.id`;
  return change === 'add'
    ? `INSERT INTO characteristic_listings (characteristic, updated_at, id)
         SELECT characteristic, ${row}.updated_at, ${row}.id FROM (${characteristics});`
    : `DELETE FROM characteristic_listings
        WHERE characteristic IN (${characteristics}) AND updated_at = ${row}.updated_at AND id = ${row}.id;`;
}

/**
 * Copies the parts of a row's digest into assessment_checks and assessment_annual: each part as the
 * reader gets it, `{"digestVersion": …, "<part>": …}`. With `row` = NEW, the body of a trigger; any
 * other name, the step's copy of every row already there (FROM assessments AS that name).
 */
function copyDigestParts(row: string): string {
  const from =
    row === 'NEW'
      ? `WHERE ${row}.digest IS NOT NULL`
      : `FROM assessments AS ${row} WHERE ${row}.digest IS NOT NULL`;
  const part = (name: string) =>
    `CASE WHEN json_valid(${row}.digest)
       THEN json_object('digestVersion', ${row}.digest -> '$.digestVersion', '${name}', ${row}.digest -> '$.${name}')
       ELSE ${row}.digest END`;
  const annual = (field: string) =>
    `CASE WHEN json_valid(${row}.digest) THEN ${row}.digest ->> '$.annual.${field}' END`;
  return `
    INSERT INTO assessment_checks (id, profile_fingerprint, checks)
      SELECT ${row}.id,
             CASE WHEN json_valid(${row}.digest) THEN ${row}.digest ->> '$.checks.profileFingerprint' END,
             ${part('checks')}
      ${from};
    INSERT INTO assessment_annual (id, state, created_on, decision_date, last_approved_on, published_on,
                                   withdrawn_on, next_review_date, annual)
      SELECT ${row}.id, ${row}.state, ${annual('createdOn')}, ${annual('decisionDate')},
             ${annual('lastApprovedOn')}, ${annual('publishedOn')}, ${annual('withdrawnOn')},
             ${annual('nextReviewDate')}, ${part('annual')}
      ${from};`;
}

/**
 * Copies an annual part's version, team, actions and reaffirmations into their tables (step 8): with
 * `row` = NEW, the body of a trigger; any other name, the step's copy of every valid part already there.
 */
function copyAnnualRows(row: string): string {
  const from =
    row === 'NEW'
      ? 'WHERE json_valid(NEW.annual)'
      : `FROM assessment_annual AS ${row} WHERE json_valid(${row}.annual)`;
  const each = (list: string) =>
    row === 'NEW'
      ? `FROM json_each(CASE WHEN json_valid(NEW.annual) THEN NEW.annual END, '$.annual.${list}') AS item`
      : `FROM assessment_annual AS ${row}, json_each(${row}.annual, '$.annual.${list}') AS item
         WHERE json_valid(${row}.annual)`;
  return `
    INSERT INTO annual_versions (id, state, digest_version, team)
      SELECT ${row}.id, ${row}.state, ${row}.annual ->> '$.digestVersion', ${row}.annual ->> '$.annual.team'
      ${from};
    INSERT INTO annual_actions (id, position, status, due_date)
      SELECT ${row}.id, item.key, item.value ->> '$.status', item.value ->> '$.dueDate' ${each('actions')};
    INSERT INTO annual_reaffirmations (id, position, day)
      SELECT ${row}.id, item.key, item.value ${each('reaffirmedOn')};`;
}

/** What a file's header says about it, read without writing anything. */
export interface SchemaState {
  version: number;
  applicationId: number;
  /** Whether it holds any table, index or trigger at all: a new, empty database holds none. */
  empty: boolean;
}

/** Reads a connection's SchemaState, with one statement prepared once (see keep-statements.ts). */
export type SchemaReader = () => SchemaState;

export function schemaReader(db: Database.Database): SchemaReader {
  const statement = db.prepare<[], { version: number; applicationId: number; objects: number }>(
    `SELECT (SELECT user_version FROM pragma_user_version) AS version,
            (SELECT application_id FROM pragma_application_id) AS applicationId,
            (SELECT count(*) FROM sqlite_schema) AS objects`,
  );
  return () => {
    const { version, applicationId, objects } = statement.get()!;
    return { version, applicationId, empty: objects === 0 };
  };
}

/**
 * Bring the schema up to date, one transaction per step. Each step takes the write lock (BEGIN
 * IMMEDIATE) and looks at `user_version` again under it, so that two processes starting at once apply
 * each step exactly once; a failing step leaves the file at the last complete one.
 */
export function migrate(
  db: Database.Database,
  file: string,
  readState: SchemaReader = schemaReader(db),
  steps: readonly Migration[] = migrations,
): void {
  const known = steps.at(-1)?.version ?? 0;
  addFingerprintFunction(db);
  for (const step of steps) {
    db.transaction(() => {
      const current = readState().version;
      if (current > known) throw newerSchema(file, current, steps);
      if (current >= step.version) return;
      db.exec(step.sql);
      db.exec(`PRAGMA user_version = ${step.version}`);
    }).immediate();
  }
}

export function newerSchema(
  file: string,
  found: number,
  steps: readonly Migration[] = migrations,
): UnsupportedVersionError {
  const known = String(steps.at(-1)?.version ?? 0);
  const { message, options } = storeTold('newerStore', { file, found: String(found), known });
  return new UnsupportedVersionError(
    message,
    found,
    steps.map((step) => step.version),
    options,
  );
}
