import type { Migration } from '../schema.js';

// Schema steps 4 to 6: the summaries and the digests' parts in narrow rows of their own, then each
// document kept once. Never edit a released step: add a new one (schema.ts lists them).

export const summariesApartStep: Migration = {
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
};

export const digestPartsStep: Migration = {
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
};

export const documentsOnceStep: Migration = {
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
};

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
