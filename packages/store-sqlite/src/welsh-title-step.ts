import { englishFingerprint, trimmedCharacters } from '@eqia/core/light';
import type Database from 'better-sqlite3';
import { listingSql, welshTitleFields } from './listing-sql.js';
import type { Migration } from './schema.js';

const titlePath = `'$.assessment.welsh."policy/title"'`;
const sourcePath = `'$.assessment.welshOf."policy/title"'`;

/**
 * Core's `englishFingerprint`, for step 11 to tell a Welsh title written for English that has changed
 * since (`welshTitleStale`, as `summarise` says it): `migrate` gives each connection it runs the steps
 * on this function, so the one fingerprint is computed by the one code.
 */
export const fingerprintFunction = 'eqia_english_fingerprint';

export function addFingerprintFunction(db: Database.Database): void {
  db.function(fingerprintFunction, { deterministic: true }, (english: unknown) =>
    typeof english === 'string' ? englishFingerprint(english) : null,
  );
}
const notBlank = (text: string) => `trim(${text}, '${trimmedCharacters}') <> ''`;

/**
 * Schema step 11: each summary and listing has the title's Welsh version where one is written
 * (`welshTitle`, so a Welsh run's lists show it, and `welshTitleStale` when it was written for English
 * that has changed since), and the listing of an assessment without one is as it was. The listing
 * triggers of step 9 are made again with the new fields; the summaries kept of assessments whose
 * snapshot holds a Welsh title (not blank, for a title not blank: as core's `summarise` decides) gain
 * them last, as `summarise` now writes them, and their triggers make their listings again. Summaries that are not JSON objects are left as they are, for readers to name.
 */
export const welshTitleStep: Migration = {
  version: 11,
  name: "each summary's and listing's Welsh title, where one is written",
  sql: `
    DROP TRIGGER assessment_listing_insert;
    DROP TRIGGER assessment_listing_update;
    CREATE TRIGGER assessment_listing_insert AFTER INSERT ON assessment_list BEGIN
      INSERT INTO assessment_listing (updated_at, id, listing) VALUES (NEW.updated_at, NEW.id, ${listingSql('NEW', welshTitleFields)});
    END;
    CREATE TRIGGER assessment_listing_update AFTER UPDATE ON assessment_list BEGIN
      DELETE FROM assessment_listing WHERE updated_at = OLD.updated_at AND id = OLD.id;
      INSERT INTO assessment_listing (updated_at, id, listing) VALUES (NEW.updated_at, NEW.id, ${listingSql('NEW', welshTitleFields)});
    END;

    UPDATE assessment_list
       SET summary = substr(summary, 1, length(summary) - 1) || ',"welshTitle":' || titled.welsh
                     || CASE WHEN titled.stale THEN ',"welshTitleStale":true' ELSE '' END || '}'
      FROM (SELECT id, snapshot -> ${titlePath} AS welsh,
                   coalesce(json_type(snapshot, ${sourcePath}) = 'text'
                            AND snapshot ->> ${sourcePath}
                                IS NOT ${fingerprintFunction}(snapshot ->> '$.assessment.policy.title'), 0) AS stale
              FROM assessments
             WHERE json_valid(snapshot) AND json_type(snapshot, ${titlePath}) = 'text'
               AND ${notBlank(`snapshot ->> ${titlePath}`)}
               AND ${notBlank(`snapshot ->> '$.assessment.policy.title'`)}) AS titled
     WHERE assessment_list.id = titled.id AND json_valid(summary) AND json_type(summary) = 'object'
       AND json_type(summary, '$.welshTitle') IS NULL AND substr(summary, -1) = '}';
  `,
};
