import { trimmedCharacters } from '@eqia/core';
import { listingFunction, step9Fields } from './listing-column.js';
import type { Migration } from './migrations.js';

/** Step 10's listing fields: the title's Welsh version after the title (the SDK's `listedFields`). */
export const welshTitleFields = step9Fields.flatMap((field) =>
  field === 'title' ? [field, 'welshTitle'] : [field],
);

/**
 * Schema step 10: each summary and listing has the title's Welsh version where one is written
 * (`welshTitle`, so a Welsh run's lists show it). The listing function copies it too; a summary without
 * it makes the listing it made before, so only the summaries that gain it are written again (their
 * listings generated with them), not the table. A summary gains it last, as core's `summarise` now
 * writes it, when its snapshot holds a Welsh title not blank for a title not blank (as `summarise`
 * decides); a snapshot PostgreSQL's json functions refuse (an escaped NUL) or a summary not written as
 * eqia writes one is left as it is, for readers to name.
 */
export const welshTitleStep: Migration = {
  version: 10,
  name: "each summary's and listing's Welsh title, where one is written",
  sql: (s) => `
    ${listingFunction(s, 'CREATE OR REPLACE', welshTitleFields)}
    CREATE FUNCTION pg_temp.welsh_title_of(snapshot json) RETURNS text LANGUAGE plpgsql AS $$
    DECLARE
      welsh json := snapshot -> 'assessment' -> 'welsh' -> 'policy/title';
      blank text := ${quoted(trimmedCharacters)};
    BEGIN
      IF json_typeof(welsh) = 'string' AND btrim(welsh #>> '{}', blank) <> ''
         AND btrim(snapshot -> 'assessment' -> 'policy' ->> 'title', blank) <> '' THEN
        RETURN welsh::text;
      END IF;
      RETURN NULL;
    EXCEPTION WHEN untranslatable_character OR invalid_text_representation THEN
      RETURN NULL;
    END $$;
    UPDATE ${s}.assessments AS a
       SET summary = (left(a.summary::text, -1) || ',"welshTitle":' || titled.welsh || '}')::json
      FROM (SELECT id, pg_temp.welsh_title_of(snapshot) AS welsh FROM ${s}.assessments) AS titled
     WHERE a.id = titled.id AND titled.welsh IS NOT NULL AND json_typeof(a.summary) = 'object'
       AND a.summary -> 'welshTitle' IS NULL AND right(a.summary::text, 1) = '}';
    DROP FUNCTION pg_temp.welsh_title_of(json);
  `,
};

/** A PostgreSQL string constant of any text without a NUL (E'' would read its backslashes). */
const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
