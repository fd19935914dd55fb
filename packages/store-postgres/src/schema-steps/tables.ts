import type { Migration } from '../migrations.js';

// Schema steps 1 to 5: the tables of what eqia keeps (assessments, objectives, equality data), their
// logs append-only by triggers, and the columns a digest and the list filters added. Never edit a
// released step: add a new one (migrations.ts lists them; migrations.test.ts pins them).

export const assessmentsStep: Migration = {
  version: 1,
  name: 'assessments, append-only events and the profile',
  sql: (s) => `
      CREATE TABLE ${s}.assessments (
        id text PRIMARY KEY,
        version integer NOT NULL CHECK (version >= 1),
        state text NOT NULL,
        stage text,
        title text NOT NULL,
        reference text NOT NULL,
        team text NOT NULL,
        owner text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        outcome text,
        screened_out boolean NOT NULL,
        decision_date date,
        next_review_date date,
        published_at timestamptz,
        negative_characteristics text[] NOT NULL,
        summary json NOT NULL,
        snapshot json NOT NULL
      );
      CREATE INDEX assessments_state ON ${s}.assessments (state);
      CREATE INDEX assessments_team ON ${s}.assessments (team);
      CREATE INDEX assessments_owner ON ${s}.assessments (owner);
      CREATE INDEX assessments_next_review_date ON ${s}.assessments (next_review_date);
      CREATE INDEX assessments_negative_characteristics ON ${s}.assessments USING gin (negative_characteristics);

      CREATE TABLE ${s}.events (
        assessment_id text NOT NULL REFERENCES ${s}.assessments (id),
        seq integer NOT NULL CHECK (seq >= 1),
        event json NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_one_per_position UNIQUE (assessment_id, seq)
      );

      -- The log is append-only: history is corrected by new events, never rewritten.
      CREATE FUNCTION ${s}.refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'eqia events are append-only: % on %.events is refused', TG_OP, TG_TABLE_SCHEMA
          USING ERRCODE = 'restrict_violation',
                HINT = 'Correct an assessment by appending a new event through eqia.';
      END $$;
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON ${s}.events
        FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_event_change();
      CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON ${s}.events
        FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_event_change();

      CREATE TABLE ${s}.profile (
        only_one boolean PRIMARY KEY DEFAULT true CHECK (only_one),
        profile json NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `,
};

export const digestColumnStep: Migration = {
  version: 2,
  name: 'a digest beside each snapshot',
  // Null until the next save, or `client.refreshDigests` (`eqia reindex`), makes it (a digest is computed
  // in TypeScript, under the profile): meanwhile readers fall back to the snapshot, so the step is instant.
  sql: (s) => `ALTER TABLE ${s}.assessments ADD COLUMN digest json;`,
};

export const filterColumnsStep: Migration = {
  version: 3,
  name: 'the list filters and due dates in indexed columns, and the command that wrote each event',
  // team_key and search_text are lower-cased by JavaScript at each save, as the SDK's filter compares;
  // until a row's next save they are null, and the filters let such a row through for the client to
  // judge. An event's command_id makes a retried append idempotent (postgres-store.ts).
  sql: (s) => `
      ALTER TABLE ${s}.assessments
        ADD COLUMN team_key text,
        ADD COLUMN search_text text,
        ADD COLUMN next_action_due date;
      UPDATE ${s}.assessments SET next_action_due = (
        SELECT min((action->>'dueDate')::date) FROM json_array_elements(summary->'openActions') action);
      CREATE INDEX assessments_team_key ON ${s}.assessments (team_key);
      CREATE INDEX assessments_outcome ON ${s}.assessments (outcome);
      CREATE INDEX assessments_next_action_due ON ${s}.assessments (next_action_due);
      ALTER TABLE ${s}.events ADD COLUMN command_id text;
    `,
};

export const objectivesStep: Migration = {
  version: 4,
  name: 'equality objectives and their append-only events',
  sql: (s) => `
      CREATE TABLE ${s}.objectives (
        id text PRIMARY KEY,
        version integer NOT NULL CHECK (version >= 1),
        status text NOT NULL,
        owner text NOT NULL,
        title text NOT NULL,
        summary json NOT NULL,
        snapshot json NOT NULL
      );
      CREATE TABLE ${s}.objective_events (
        objective_id text NOT NULL REFERENCES ${s}.objectives (id),
        seq integer NOT NULL CHECK (seq >= 1),
        event json NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (objective_id, seq)
      );
      CREATE TRIGGER objective_events_append_only BEFORE UPDATE OR DELETE ON ${s}.objective_events
        FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_event_change();
      CREATE TRIGGER objective_events_no_truncate BEFORE TRUNCATE ON ${s}.objective_events
        FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_event_change();
    `,
};

export const equalityDataStep: Migration = {
  version: 5,
  name: "the organisation's equality data, one append-only row per import",
  sql: (s) => `
      CREATE TABLE ${s}.equality_data (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        kind text NOT NULL,
        period text NOT NULL,
        entry json NOT NULL
      );
      CREATE FUNCTION ${s}.refuse_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'eqia equality data is append-only: % on %.equality_data is refused', TG_OP, TG_TABLE_SCHEMA
          USING ERRCODE = 'restrict_violation',
                HINT = 'Import the figures again through eqia to replace them.';
      END $$;
      CREATE TRIGGER equality_data_append_only BEFORE UPDATE OR DELETE ON ${s}.equality_data
        FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_data_change();
      CREATE TRIGGER equality_data_no_truncate BEFORE TRUNCATE ON ${s}.equality_data
        FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_data_change();
    `,
};
