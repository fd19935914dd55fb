import type { Migration } from '../migrations.js';

// Schema step 12. Never edit a released step: add a new one (migrations.ts lists them; migrations.test.ts
// pins them).

/**
 * Each assessment's key in the list's order (its time, then its id by code point), in a narrow table of
 * its own kept by a trigger, so that whole-store checks read the checks parts a range of keys at a time
 * (checks-reads.ts), as SQLite reads its listings' key. Not an index on `assessments`: the time changes
 * with every save, and an index on it would end the saves' updates in place (HOT), which every index of
 * the row then pays; here a save writes one small row. Every writer (raw SQL too) leaves the key as the
 * row says.
 */
export const checksOrderStep: Migration = {
  version: 12,
  name: "each assessment's key in the list's order, kept by a trigger, for reading in batches",
  sql: (s) => `
    CREATE TABLE ${s}.assessment_order (
      id text PRIMARY KEY REFERENCES ${s}.assessments (id),
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX assessment_order_key ON ${s}.assessment_order (updated_at DESC, id COLLATE "C");
    INSERT INTO ${s}.assessment_order (id, updated_at) SELECT id, updated_at FROM ${s}.assessments;

    CREATE FUNCTION ${s}.keep_assessment_order() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO ${s}.assessment_order AS kept (id, updated_at) VALUES (NEW.id, NEW.updated_at)
        ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at
          WHERE kept.updated_at IS DISTINCT FROM excluded.updated_at;
      RETURN NULL;
    END $$;
    CREATE TRIGGER assessment_order AFTER INSERT OR UPDATE OF updated_at ON ${s}.assessments
      FOR EACH ROW EXECUTE FUNCTION ${s}.keep_assessment_order();
  `,
};
