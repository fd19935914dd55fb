import type { Migration } from '../schema.js';
import { applicationId } from '../schema-version.js';

// Schema steps 1 to 3: the tables of what eqia keeps (assessments, objectives, equality data), their
// logs append-only by triggers. Never edit a released step: add a new one (schema.ts lists them).

export const assessmentsStep: Migration = {
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
};

export const objectivesStep: Migration = {
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
};

export const equalityDataStep: Migration = {
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
};
