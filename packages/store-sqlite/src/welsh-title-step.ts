import { trimmedCharacters } from '@eqia/core/light';
import { listingSql, welshTitleFields } from './listing-sql.js';
import type { Migration } from './schema.js';

const titlePath = `'$.assessment.welsh."policy/title"'`;
const notBlank = (text: string) => `trim(${text}, '${trimmedCharacters}') <> ''`;

/**
 * Schema step 11: each summary and listing has the title's Welsh version where one is written
 * (`welshTitle`, so a Welsh run's lists show it), and the listing of an assessment without one is as
 * it was. The listing triggers of step 9 are made again with the new fields; the summaries kept of
 * assessments whose snapshot holds a Welsh title (not blank, for a title not blank: as core's
 * `summarise` decides) gain it last, as `summarise` now writes it, and their triggers make their
 * listings again. Summaries that are not JSON objects are left as they are, for readers to name.
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
       SET summary = substr(summary, 1, length(summary) - 1) || ',"welshTitle":' || titled.welsh || '}'
      FROM (SELECT id, snapshot -> ${titlePath} AS welsh FROM assessments
             WHERE json_valid(snapshot) AND json_type(snapshot, ${titlePath}) = 'text'
               AND ${notBlank(`snapshot ->> ${titlePath}`)}
               AND ${notBlank(`snapshot ->> '$.assessment.policy.title'`)}) AS titled
     WHERE assessment_list.id = titled.id AND json_valid(summary) AND json_type(summary) = 'object'
       AND json_type(summary, '$.welshTitle') IS NULL AND substr(summary, -1) = '}';
  `,
};
