import type { Migration } from '../migrations.js';

// Schema step 12. Never edit a released step: add a new one (migrations.ts lists them; migrations.test.ts
// pins them).

/**
 * Each assessment's key in the list's order (its summary's time as written, then its id, both by code
 * point as the SDK's list orders them) in a narrow table of its own kept by a trigger, so that
 * whole-store checks read the checks parts a range of keys at a time (checks-reads.ts), as SQLite reads
 * its listings' key. The time is the listing's text (schema step 9), not the `updated_at` instant: two
 * texts of one instant ("…00Z", "…00.000Z") are apart in the list's order. A row without a listing (a
 * summary PostgreSQL cannot take apart) is keyed by its instant as toISOString writes it.
 *
 * Not an index on `assessments`: the time changes with every save, and an index on it would end the
 * saves' updates in place (HOT), which every index of the row then pays; here a save writes one small
 * row. Every writer (raw SQL too) leaves the key as the row says.
 */
export const checksOrderStep: Migration = {
  version: 12,
  name: "each assessment's key in the list's order, kept by a trigger, for reading in batches",
  sql: (s) => `
    CREATE FUNCTION ${s}.list_order_time(listing json, updated_at timestamptz) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(listing ->> 'updatedAt',
                        to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
      $$;
    CREATE TABLE ${s}.assessment_order (
      id text COLLATE "C" PRIMARY KEY REFERENCES ${s}.assessments (id),
      updated_at text COLLATE "C" NOT NULL
    );
    CREATE INDEX assessment_order_key ON ${s}.assessment_order (updated_at DESC, id);
    INSERT INTO ${s}.assessment_order (id, updated_at)
      SELECT id, ${s}.list_order_time(listing, updated_at) FROM ${s}.assessments;

    CREATE FUNCTION ${s}.keep_assessment_order() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO ${s}.assessment_order AS kept (id, updated_at)
        VALUES (NEW.id, ${s}.list_order_time(NEW.listing, NEW.updated_at))
        ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at
          WHERE kept.updated_at IS DISTINCT FROM excluded.updated_at;
      RETURN NULL;
    END $$;
    CREATE TRIGGER assessment_order AFTER INSERT OR UPDATE OF updated_at, summary ON ${s}.assessments
      FOR EACH ROW EXECUTE FUNCTION ${s}.keep_assessment_order();
  `,
};
