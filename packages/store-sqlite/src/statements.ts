import { type DigestPart, finalStates } from '@eqia/core/light';
import { ProfileChangedError, versionConflict } from '@eqia/sdk/light';
import type Database from 'better-sqlite3';
import { type AnnualTotalsQuery, annualTotalsQuery } from './annual-totals.js';
import { type AssessmentRow, upsertAssessmentSql } from './assessment-row.js';
import { type EqualityDataStatements, prepareEqualityData } from './equality-data-statements.js';
import { listedWhere } from './filter-sql.js';
import { type ListJson, prepareListJson } from './list-json.js';
import { type ObjectiveStatements, prepareObjectives } from './objective-statements.js';
import { profileVersionOf } from './profile-version.js';

export interface EventRow {
  seq: number;
  event: string;
  prev_hash: string;
  hash: string;
}

export interface DigestRow {
  summary: string;
  digest: string | null;
}

type Statement<Params extends unknown[], Row = unknown> = Database.Statement<Params, Row>;
type Snapshot = { summary: string; snapshot: string };
type ByPart<Params extends unknown[]> = Record<'whole' | DigestPart, Statement<Params, DigestRow>>;

export interface Statements {
  version: Statement<[string], number>;
  upsert: Statement<[AssessmentRow]>;
  clearCharacteristics: Statement<[string]>;
  addCharacteristic: Statement<[string, string]>;
  addEvent: Statement<[string, number, string, string, string]>;
  assessment: Statement<[string], Snapshot>;
  events: Statement<[string], EventRow>;
  summaries: Statement<[], string>;
  /** The summaries a filter matches, by its WHERE clause (see filter-sql.ts). */
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
 * Each summary with one part of its digest (schema step 5 keeps the parts apart, cut when written): narrow
 * rows only, never the assessments' own. `where` narrows by id.
 */
const summariesWithPart = (part: DigestPart, where = '') =>
  `SELECT listed.summary, kept.${part} AS digest
     FROM assessment_list AS listed LEFT JOIN assessment_${part} AS kept ON kept.id = listed.id ${where}`;

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
  return {
    version: db.prepare<[string], number>('SELECT version FROM assessments WHERE id = ?').pluck(),
    upsert: db.prepare<[AssessmentRow]>(upsertAssessmentSql),
    clearCharacteristics: db.prepare<[string]>(
      'DELETE FROM assessment_characteristics WHERE assessment_id = ?',
    ),
    addCharacteristic: db.prepare<[string, string]>(
      'INSERT OR IGNORE INTO assessment_characteristics (assessment_id, characteristic) VALUES (?, ?)',
    ),
    addEvent: db.prepare<[string, number, string, string, string]>(
      'INSERT INTO events (assessment_id, seq, event, prev_hash, hash) VALUES (?, ?, ?, ?, ?)',
    ),
    assessment: db.prepare<[string], { summary: string; snapshot: string }>(
      'SELECT summary, snapshot FROM assessments WHERE id = ?',
    ),
    events: db.prepare<[string], EventRow>(
      'SELECT seq, event, prev_hash, hash FROM events WHERE assessment_id = ? ORDER BY seq',
    ),
    summaries: db.prepare<[], string>('SELECT summary FROM assessment_list').pluck(),
    filteredSummaries(where) {
      let statement = filtered.get(where);
      if (!statement) {
        statement = db.prepare<unknown[], string>(`SELECT summary FROM ${listedWhere(where)}`).pluck();
        filtered.set(where, statement);
      }
      return statement;
    },
    dueForReview: db
      .prepare<[string], string>(
        `SELECT summary FROM assessments
          WHERE state IN ('signed_off', 'published') AND next_review_date <= ?`,
      )
      .pluck(),
    // No column holds the actions' dates: the state index narrows, and SQLite reads each summary's list.
    withOverdueActions: db
      .prepare<[string], string>(
        `SELECT summary FROM assessments
          WHERE state NOT IN (${finalStates.map((state) => `'${state}'`).join(', ')})
            AND EXISTS (SELECT 1 FROM json_each(summary, '$.openActions') AS action
                         WHERE action.value ->> '$.dueDate' < ?)`,
      )
      .pluck(),
    filteredDigests(part, where) {
      const key = `${part}\n${where}`;
      let statement = filteredDigests.get(key);
      if (!statement) {
        statement = db.prepare<unknown[], DigestRow>(
          part === 'whole'
            ? `SELECT summary, digest FROM assessments WHERE ${where}`
            : summariesWithPart(part, `WHERE listed.id IN (SELECT id FROM assessments WHERE ${where})`),
        );
        filteredDigests.set(key, statement);
      }
      return statement;
    },
    allSnapshots: db.prepare<[], { summary: string; snapshot: string }>(
      'SELECT summary, snapshot FROM assessments',
    ),
    someSnapshots: db.prepare<[string], { summary: string; snapshot: string }>(
      `SELECT summary, snapshot FROM assessments WHERE ${inIds}`,
    ),
    allDigests: {
      whole: db.prepare<[], DigestRow>('SELECT summary, digest FROM assessments'),
      annual: db.prepare<[], DigestRow>(summariesWithPart('annual')),
      checks: db.prepare<[], DigestRow>(summariesWithPart('checks')),
    },
    someDigests: {
      whole: db.prepare<[string], DigestRow>(`SELECT summary, digest FROM assessments WHERE ${inIds}`),
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

/** An open database with its statements and the two transactions made of them. */
export interface Ready {
  statements: Statements;
  /**
   * Everything an append writes, all or nothing; a ConflictError when the version is not `expectedVersion`,
   * a ProfileChangedError when the profile's is not `profileVersion` (if given).
   */
  append(
    id: string,
    versions: { expected: number; profile: string | undefined },
    row: AssessmentRow,
    characteristics: readonly string[],
    events: readonly EventValues[],
  ): void;
  read(id: string): { summary: string; snapshot: string; events: EventRow[] } | undefined;
  listJson: ListJson;
  annualTotals: AnnualTotalsQuery;
  objectives: ObjectiveStatements;
  equalityData: EqualityDataStatements;
}

export function prepareStore(db: Database.Database, file: string): Ready {
  const statements = prepareStatements(db);
  const append = db.transaction(
    (
      id: string,
      { expected, profile }: { expected: number; profile: string | undefined },
      row: AssessmentRow,
      characteristics: readonly string[],
      events: readonly EventValues[],
    ) => {
      if (profile !== undefined && profileVersionOf(statements.profile.get() ?? '') !== profile)
        throw new ProfileChangedError(file, id, expected);
      const actual = statements.version.get(id) ?? 0;
      if (actual !== expected) throw versionConflict(id, expected, actual);
      statements.upsert.run(row);
      statements.clearCharacteristics.run(id);
      for (const characteristic of characteristics) statements.addCharacteristic.run(id, characteristic);
      for (const [seq, event, prevHash, hash] of events)
        statements.addEvent.run(id, seq, event, prevHash, hash);
    },
  );
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
    listJson: prepareListJson(db, file),
    annualTotals: annualTotalsQuery(db, file),
    objectives: prepareObjectives(db),
    equalityData: prepareEqualityData(db),
  };
}
