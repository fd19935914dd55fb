import { type DigestPart, finalStates } from '@eqia/core/light';
import { ProfileChangedError, versionConflict } from '@eqia/sdk/light';
import type Database from 'better-sqlite3';
import { type AnnualTotalsQuery, annualTotalsQuery } from './annual-totals.js';
import {
  type AssessmentRow,
  type DigestRows,
  type IndexedColumn,
  indexedColumns,
  insertAssessmentSql,
  updateAssessmentSql,
} from './assessment-row.js';
import { type ChecksBatch, prepareChecks } from './checks-reader.js';
import { type EqualityDataStatements, prepareEqualityData } from './equality-data-statements.js';
import { listedWhere } from './filter-sql.js';
import { type ListJson, prepareListJson } from './list-json.js';
import { type Listings, prepareListings } from './listings.js';
import { type ObjectiveStatements, prepareObjectives } from './objective-statements.js';
import { profileVersions } from './profile-version.js';

export interface EventRow {
  seq: number;
  event: string;
  prev_hash: string;
  hash: string;
}

/** A summary with its digest's parts as kept (only the part asked for, when one was). */
export interface DigestRow {
  summary: string;
  annual?: string | null;
  checks?: string | null;
}

/** What an append reads of the row it replaces: its version, and the columns that have an index. */
export type CurrentRow = { version: number } & Record<IndexedColumn, string | null>;

type Statement<Params extends unknown[], Row = unknown> = Database.Statement<Params, Row>;
/** A summary is null only when its row in assessment_list is missing (damage: refused by name). */
type Snapshot = { summary: string | null; snapshot: string };
type ByPart<Params extends unknown[]> = Record<'whole' | DigestPart, Statement<Params, DigestRow>>;

export interface Statements {
  current: Statement<[string], CurrentRow>;
  insert: Statement<[AssessmentRow]>;
  /** The UPDATE that sets every column but the indexed ones unchanged (see assessment-row.ts). */
  update(changed: readonly IndexedColumn[]): Statement<[AssessmentRow]>;
  writeSummary: Statement<[string, string, string]>;
  writeChecks: Statement<[DigestRows['checks']]>;
  writeAnnual: Statement<[DigestRows['annual']]>;
  clearChecks: Statement<[string]>;
  clearAnnual: Statement<[string]>;
  /** With the characteristics as one JSON array: only the rows that change are written. */
  dropCharacteristics: Statement<[string, string]>;
  addCharacteristics: Statement<[string, string]>;
  addEvent: Statement<[string, number, string, string, string]>;
  assessment: Statement<[string], Snapshot>;
  events: Statement<[string], EventRow>;
  summaries: Statement<[], string>;
  /**
   * The summaries a filter matches, by its WHERE clause (see filter-sql.ts), in SQL's order of the list's
   * key: the client then confirms the order in one pass instead of sorting (see filterSummaries).
   */
  filteredSummaries(where: string): Statement<unknown[], string>;
  /** Signed off or published, with a review date on or before the day given. */
  dueForReview: Statement<[string], string>;
  /** Not withdrawn or superseded, with an open action due before the day given. */
  withOverdueActions: Statement<[string], string>;
  /** Summaries and digests (or one part of each) of the rows a filter's WHERE clause matches. */
  filteredDigests(part: 'whole' | DigestPart, where: string): Statement<unknown[], DigestRow>;
  allSnapshots: Statement<[], Snapshot>;
  /** With the ids as one JSON array. */
  someSnapshots: Statement<[string], Snapshot>;
  allDigests: ByPart<[]>;
  someDigests: ByPart<[string]>;
  profile: Statement<[], string>;
  writeProfile: Statement<[string, string]>;
  profileIfNone: Statement<[string, string]>;
}

/**
 * Each summary with one part of its digest, or both (`whole`): the parts are kept apart (schema steps 5
 * and 6), so these are narrow rows only, never the assessments' own. `where` narrows by id.
 */
const summariesWithPart = (part: 'whole' | DigestPart, where = '') =>
  part === 'whole'
    ? `SELECT listed.summary, checks.checks, annual.annual
         FROM assessment_list AS listed
         LEFT JOIN assessment_checks AS checks ON checks.id = listed.id
         LEFT JOIN assessment_annual AS annual ON annual.id = listed.id ${where}`
    : `SELECT listed.summary, kept.${part}
         FROM assessment_list AS listed LEFT JOIN assessment_${part} AS kept ON kept.id = listed.id ${where}`;

/** The assessments' rows with their summaries (kept in assessment_list since schema step 6). */
const withSummaries = 'assessments AS a LEFT JOIN assessment_list AS listed ON listed.id = a.id';

/** Ids passed as one JSON array, so that any number of them is one parameter and one statement. */
const inIds = 'id IN (SELECT value FROM json_each(?))';

/**
 * Every statement the store runs, prepared once per open database (preparing is parsing and planning:
 * tens of microseconds a time, as much as a small append's own work). Only the list filter's, whose
 * text depends on which conditions are given, is prepared on first use and then kept.
 */
export function prepareStatements(db: Database.Database): Statements {
  const filtered = new Map<string, Statement<unknown[], string>>();
  const filteredDigests = new Map<string, Statement<unknown[], DigestRow>>();
  // At most one for each set of indexed columns: sixteen.
  const updates = new Map<string, Statement<[AssessmentRow]>>();
  // Upserts, not DELETE and INSERT: a row rewritten in place with the same bytes leaves its pages
  // unwritten, and its rowid and key index stay as they were. A row whose every column is as given is
  // not updated at all: an UPDATE that sets an indexed column rewrites its index entries even when the
  // value is the same (assessment_annual's six indexes: six pages of the log a save).
  const upsert = (table: string, columns: readonly string[]) => {
    const values = columns.filter((column) => column !== 'id');
    return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${values.map((column) => `${column} = excluded.${column}`).join(', ')}
      WHERE ${values.map((column) => `${column} IS NOT excluded.${column}`).join(' OR ')}`;
  };
  return {
    current: db.prepare<[string], CurrentRow>(
      `SELECT version, ${indexedColumns.join(', ')} FROM assessments WHERE id = ?`,
    ),
    insert: db.prepare<[AssessmentRow]>(insertAssessmentSql),
    update(changed) {
      const key = changed.join();
      let statement = updates.get(key);
      if (!statement) {
        statement = db.prepare<[AssessmentRow]>(updateAssessmentSql(changed));
        updates.set(key, statement);
      }
      return statement;
    },
    writeSummary: db.prepare<[string, string, string]>(
      `INSERT INTO assessment_list (id, updated_at, summary) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, summary = excluded.summary`,
    ),
    writeChecks: db.prepare<[DigestRows['checks']]>(
      upsert('assessment_checks', ['id', 'profile_fingerprint', 'checks']),
    ),
    writeAnnual: db.prepare<[DigestRows['annual']]>(
      upsert('assessment_annual', [
        'id',
        'state',
        'created_on',
        'decision_date',
        'last_approved_on',
        'published_on',
        'withdrawn_on',
        'next_review_date',
        'annual',
      ]),
    ),
    clearChecks: db.prepare<[string]>('DELETE FROM assessment_checks WHERE id = ?'),
    clearAnnual: db.prepare<[string]>('DELETE FROM assessment_annual WHERE id = ?'),
    dropCharacteristics: db.prepare<[string, string]>(
      `DELETE FROM assessment_characteristics
        WHERE assessment_id = ? AND characteristic NOT IN (SELECT value FROM json_each(?))`,
    ),
    addCharacteristics: db.prepare<[string, string]>(
      `INSERT OR IGNORE INTO assessment_characteristics (assessment_id, characteristic)
       SELECT ?, value FROM json_each(?)`,
    ),
    addEvent: db.prepare<[string, number, string, string, string]>(
      'INSERT INTO events (assessment_id, seq, event, prev_hash, hash) VALUES (?, ?, ?, ?, ?)',
    ),
    assessment: db.prepare<[string], Snapshot>(
      `SELECT listed.summary, a.snapshot FROM ${withSummaries} WHERE a.id = ?`,
    ),
    events: db.prepare<[string], EventRow>(
      'SELECT seq, event, prev_hash, hash FROM events WHERE assessment_id = ? ORDER BY seq',
    ),
    summaries: db.prepare<[], string>('SELECT summary FROM assessment_list').pluck(),
    filteredSummaries(where) {
      let statement = filtered.get(where);
      if (!statement) {
        // Sorted by SQLite for far less than JavaScript took to sort them (a sixth of a filtered list of
        // 36,000 at 100,000): the client's confirming pass is then all that is left of ordering.
        statement = db
          .prepare<unknown[], string>(
            `SELECT summary FROM ${listedWhere(where)} ORDER BY updated_at DESC, id`,
          )
          .pluck();
        filtered.set(where, statement);
      }
      return statement;
    },
    dueForReview: db
      .prepare<[string], string>(
        `SELECT listed.summary FROM ${withSummaries}
          WHERE a.state IN ('signed_off', 'published') AND a.next_review_date <= ?`,
      )
      .pluck(),
    // No column holds the actions' dates: the state index narrows, and SQLite reads each summary's list.
    withOverdueActions: db
      .prepare<[string], string>(
        `SELECT listed.summary FROM ${withSummaries}
          WHERE a.state NOT IN (${finalStates.map((state) => `'${state}'`).join(', ')})
            AND EXISTS (SELECT 1 FROM json_each(listed.summary, '$.openActions') AS action
                         WHERE action.value ->> '$.dueDate' < ?)`,
      )
      .pluck(),
    filteredDigests(part, where) {
      const key = `${part}\n${where}`;
      let statement = filteredDigests.get(key);
      if (!statement) {
        statement = db.prepare<unknown[], DigestRow>(
          summariesWithPart(part, `WHERE listed.id IN (SELECT id FROM assessments WHERE ${where})`),
        );
        filteredDigests.set(key, statement);
      }
      return statement;
    },
    allSnapshots: db.prepare<[], Snapshot>(`SELECT listed.summary, a.snapshot FROM ${withSummaries}`),
    someSnapshots: db.prepare<[string], Snapshot>(
      `SELECT listed.summary, a.snapshot FROM ${withSummaries} WHERE a.${inIds}`,
    ),
    allDigests: {
      whole: db.prepare<[], DigestRow>(summariesWithPart('whole')),
      annual: db.prepare<[], DigestRow>(summariesWithPart('annual')),
      checks: db.prepare<[], DigestRow>(summariesWithPart('checks')),
    },
    someDigests: {
      whole: db.prepare<[string], DigestRow>(summariesWithPart('whole', `WHERE listed.${inIds}`)),
      annual: db.prepare<[string], DigestRow>(summariesWithPart('annual', `WHERE listed.${inIds}`)),
      checks: db.prepare<[string], DigestRow>(summariesWithPart('checks', `WHERE listed.${inIds}`)),
    },
    profile: db.prepare<[], string>('SELECT profile FROM profile').pluck(),
    writeProfile: db.prepare<[string, string]>(
      `INSERT INTO profile (only_one, profile, updated_at) VALUES (1, ?, ?)
       ON CONFLICT (only_one) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at`,
    ),
    profileIfNone: db.prepare<[string, string]>(
      'INSERT OR IGNORE INTO profile (only_one, profile, updated_at) VALUES (1, ?, ?)',
    ),
  };
}

export type EventValues = [seq: number, event: string, prevHash: string, hash: string];

/** Everything an append writes, serialised before the write lock is taken. */
export interface AppendRows {
  assessment: AssessmentRow;
  summary: string;
  /** The summary's negative characteristics, as one JSON array. */
  characteristics: string;
  /** None when the append carried no digest: the assessment then has no current one. */
  digest: DigestRows | undefined;
  events: readonly EventValues[];
}

/** An open database with its statements and the two transactions made of them. */
export interface Ready {
  statements: Statements;
  /**
   * Everything an append writes, all or nothing; a ConflictError when the version is not `expectedVersion`,
   * a ProfileChangedError when the profile's is not `profileVersion` (if given).
   */
  append(versions: { expected: number; profile: string | undefined }, rows: AppendRows): void;
  read(id: string): (Snapshot & { events: EventRow[] }) | undefined;
  /** Each digest's rows written where its assessment is still at `version`; how many were. */
  keepDigests(digests: readonly { version: number; rows: DigestRows }[]): number;
  listJson: ListJson;
  listings: Listings;
  annualTotals: AnnualTotalsQuery;
  checks: ChecksBatch;
  objectives: ObjectiveStatements;
  equalityData: EqualityDataStatements;
}

export function prepareStore(db: Database.Database, file: string): Ready {
  const statements = prepareStatements(db);
  const profileVersionOf = profileVersions();
  const listJson = prepareListJson(db, file);
  // Each document once, where its readers read it; the rows that do not change are left as they are.
  const append = db.transaction(
    ({ expected, profile }: { expected: number; profile: string | undefined }, rows: AppendRows) => {
      const { assessment: row, digest } = rows;
      const id = row.id as string;
      if (profile !== undefined && profileVersionOf(statements.profile.get() ?? '') !== profile)
        throw new ProfileChangedError(file, id, expected);
      const current = statements.current.get(id);
      const actual = current?.version ?? 0;
      if (actual !== expected) throw versionConflict(id, expected, actual);
      if (current)
        statements.update(indexedColumns.filter((column) => current[column] !== row[column])).run(row);
      else statements.insert.run(row);
      statements.writeSummary.run(id, row.updated_at as string, rows.summary);
      if (digest) {
        statements.writeChecks.run(digest.checks);
        statements.writeAnnual.run(digest.annual);
      } else {
        statements.clearChecks.run(id);
        statements.clearAnnual.run(id);
      }
      statements.dropCharacteristics.run(id, rows.characteristics);
      statements.addCharacteristics.run(id, rows.characteristics);
      for (const [seq, event, prevHash, hash] of rows.events)
        statements.addEvent.run(id, seq, event, prevHash, hash);
    },
  );
  const keepDigests = db.transaction((digests: readonly { version: number; rows: DigestRows }[]) => {
    let kept = 0;
    for (const { version, rows } of digests) {
      if (statements.current.get(rows.checks.id)?.version !== version) continue;
      statements.writeChecks.run(rows.checks);
      statements.writeAnnual.run(rows.annual);
      kept += 1;
    }
    return kept;
  });
  // One read transaction, so the snapshot and the events come from the same commit.
  const read = db.transaction((id: string) => {
    const row = statements.assessment.get(id);
    return row && { ...row, events: statements.events.all(id) };
  });
  return {
    statements,
    // IMMEDIATE: take the write lock before reading the version, so no other writer can slip in between.
    append: (...args) => append.immediate(...args),
    read: (id) => read.deferred(id),
    keepDigests: (digests) => keepDigests.immediate(digests),
    listJson,
    listings: prepareListings(db, listJson),
    annualTotals: annualTotalsQuery(db, file),
    checks: prepareChecks(db, file),
    objectives: prepareObjectives(db),
    equalityData: prepareEqualityData(db),
  };
}
