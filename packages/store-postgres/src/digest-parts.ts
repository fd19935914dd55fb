import type { DigestPart } from '@eqia/core';

/**
 * Schema step 7: each digest's two parts in tables of their own, `{"digestVersion": …, "<part>": …}` as
 * a reader gets them, with the typed columns a reader selects on. The digest column is `json`, kept as
 * written, so cutting a part out of it parsed the whole digest, for every row, on every read; here it is
 * cut once, when it is written, by a trigger: every writer (raw SQL too) leaves the parts as the digest
 * says, and the save's statement is unchanged.
 */
export const digestPartTables = (s: string) => `
  CREATE TABLE ${s}.assessment_checks (
    id text PRIMARY KEY REFERENCES ${s}.assessments (id),
    profile_fingerprint text,
    checks json NOT NULL
  );
  CREATE TABLE ${s}.assessment_annual (
    id text PRIMARY KEY REFERENCES ${s}.assessments (id),
    state text NOT NULL,
    created_on text,
    decision_date text,
    last_approved_on text,
    published_on text,
    withdrawn_on text,
    next_review_date text,
    annual json NOT NULL
  );

  CREATE FUNCTION ${s}.copy_digest_parts() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM ${s}.assessment_checks WHERE id = NEW.id;
    DELETE FROM ${s}.assessment_annual WHERE id = NEW.id;
    IF NEW.digest IS NOT NULL THEN
      ${copyParts(s, 'SELECT NEW.*')}
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER assessment_parts AFTER INSERT OR UPDATE OF state, digest ON ${s}.assessments
    FOR EACH ROW EXECUTE FUNCTION ${s}.copy_digest_parts();

  ${copyParts(s, `SELECT * FROM ${s}.assessments WHERE digest IS NOT NULL`)}
`;

const part = (name: DigestPart) =>
  `json_build_object('digestVersion', saved.digest -> 'digestVersion', '${name}', saved.digest -> '${name}')`;
const annual = (field: string) => `saved.digest -> 'annual' ->> '${field}'`;
const annualColumns = [
  'state',
  'created_on',
  'decision_date',
  'last_approved_on',
  'published_on',
  'withdrawn_on',
  'next_review_date',
] as const;

/** Copies the parts of the digests of `rows` (a query over rows of assessments). */
function copyParts(s: string, rows: string): string {
  return `
    INSERT INTO ${s}.assessment_checks (id, profile_fingerprint, checks)
      SELECT saved.id, saved.digest -> 'checks' ->> 'profileFingerprint', ${part('checks')}
        FROM (${rows}) AS saved;
    INSERT INTO ${s}.assessment_annual (id, state, created_on, decision_date, last_approved_on,
                                        published_on, withdrawn_on, next_review_date, annual)
      SELECT saved.id, saved.state, ${annual('createdOn')}, ${annual('decisionDate')},
             ${annual('lastApprovedOn')}, ${annual('publishedOn')}, ${annual('withdrawnOn')},
             ${annual('nextReviewDate')}, ${part('annual')}
        FROM (${rows}) AS saved;`;
}

/** One part of an assessment's digest, from its table: for a SELECT over `${s}.assessments`. */
export const digestPartOf = (s: string, part: DigestPart) =>
  `(SELECT kept.${part} FROM ${s}.assessment_${part} AS kept WHERE kept.id = ${s}.assessments.id)`;

/**
 * Schema step 11: the trigger leaves a part as it is when the save does not change it (an edit of the
 * scope changes neither), as SQLite's upsert does: it deleted and inserted both parts on every save, a
 * row and an index entry each, for the server to write, log and vacuum away. A part that differs, or is
 * new, is written; a save without a digest still removes both.
 */
export const digestPartsKeptWhenSame = (s: string) => `
  CREATE OR REPLACE FUNCTION ${s}.copy_digest_parts() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.digest IS NULL THEN
      DELETE FROM ${s}.assessment_checks WHERE id = NEW.id;
      DELETE FROM ${s}.assessment_annual WHERE id = NEW.id;
      RETURN NULL;
    END IF;
    INSERT INTO ${s}.assessment_checks AS kept (id, profile_fingerprint, checks)
      SELECT saved.id, saved.digest -> 'checks' ->> 'profileFingerprint', ${part('checks')}
        FROM (SELECT NEW.*) AS saved
      ON CONFLICT (id) DO UPDATE SET profile_fingerprint = excluded.profile_fingerprint, checks = excluded.checks
        -- json has no equality: its text, as written, is compared.
        WHERE kept.profile_fingerprint IS DISTINCT FROM excluded.profile_fingerprint
           OR kept.checks::text IS DISTINCT FROM excluded.checks::text;
    INSERT INTO ${s}.assessment_annual AS kept (id, ${annualColumns.join(', ')}, annual)
      SELECT saved.id, saved.state, ${annual('createdOn')}, ${annual('decisionDate')},
             ${annual('lastApprovedOn')}, ${annual('publishedOn')}, ${annual('withdrawnOn')},
             ${annual('nextReviewDate')}, ${part('annual')}
        FROM (SELECT NEW.*) AS saved
      ON CONFLICT (id) DO UPDATE SET ${annualColumns.map((c) => `${c} = excluded.${c}`).join(', ')},
                                     annual = excluded.annual
        WHERE (${annualColumns.map((c) => `kept.${c}`).join(', ')})
              IS DISTINCT FROM (${annualColumns.map((c) => `excluded.${c}`).join(', ')})
           OR kept.annual::text IS DISTINCT FROM excluded.annual::text;
    RETURN NULL;
  END $$;
`;
