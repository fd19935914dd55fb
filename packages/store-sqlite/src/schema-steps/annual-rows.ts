import type { Migration } from '../schema.js';

// Schema step 8 (there is no step 7). Never edit a released step: add a new one (schema.ts lists them).

export const annualRowsStep: Migration = {
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
};

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
