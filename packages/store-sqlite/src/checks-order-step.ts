import type { Migration } from './schema.js';

/**
 * Schema step 12: the checks parts kept in the order they were saved, oldest first, so that
 * `check --all`, which reads them in list order (newest change first), reads each page of them once
 * instead of one page an assessment. The table is made again with its rows in that order (the rowid
 * order), and a save that changes a part moves it to the end (statements.ts' `moveChecks`), so the
 * parts stay in save order as the store is used; an unchanged part stays where it is, as step 6 wants.
 * Only where the rows lie changes: every reader reads the same rows (docs/performance.md, "At 100,000").
 */
export const checksOrderStep: Migration = {
  version: 12,
  name: 'the checks parts in the order they were saved, oldest first',
  sql: `
    CREATE TABLE assessment_checks_in_order (
      id TEXT PRIMARY KEY NOT NULL REFERENCES assessments (id),
      profile_fingerprint TEXT,
      checks TEXT NOT NULL
    );
    -- A part without a summary (none should be) first; then the rest, walking the list order's index back.
    INSERT INTO assessment_checks_in_order (id, profile_fingerprint, checks)
      SELECT id, profile_fingerprint, checks FROM assessment_checks
       WHERE id NOT IN (SELECT id FROM assessment_list) ORDER BY id;
    INSERT INTO assessment_checks_in_order (id, profile_fingerprint, checks)
      SELECT kept.id, kept.profile_fingerprint, kept.checks
        FROM assessment_list AS listed INDEXED BY assessment_list_order
       CROSS JOIN assessment_checks AS kept ON kept.id = listed.id
       ORDER BY listed.updated_at, listed.id DESC;
    DROP TABLE assessment_checks;
    ALTER TABLE assessment_checks_in_order RENAME TO assessment_checks;
  `,
};
