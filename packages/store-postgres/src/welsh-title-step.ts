import { trimmedCharacters } from '@eqia/core';
import { listingFunction, step9Fields } from './listing-column.js';
import type { Migration } from './migrations.js';

/** Step 10's listing fields: the title's Welsh version after the title (the SDK's `listedFields`). */
export const welshTitleFields = step9Fields.flatMap((field) =>
  field === 'title' ? [field, 'welshTitle', 'welshTitleStale'] : [field],
);

/** A PostgreSQL string constant of any text without a NUL (E'' would read its backslashes). */
const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Core's `englishFingerprint` in PL/pgSQL, for this step alone (a temporary function): FNV-1a over the
 * UTF-16 code units of the trimmed text, a character past U+FFFF as its two surrogates.
 */
export const fingerprintFunction = `
    CREATE FUNCTION pg_temp.english_fingerprint(english text) RETURNS text LANGUAGE plpgsql AS $$
    DECLARE
      trimmed text := btrim(english, ${quoted(trimmedCharacters)});
      hash bigint := 2166136261;
      point integer;
    BEGIN
      FOR place IN 1 .. length(trimmed) LOOP
        point := ascii(substr(trimmed, place, 1));
        IF point > 65535 THEN
          hash := ((hash # (55296 + ((point - 65536) >> 10))) * 16777619) % 4294967296;
          hash := ((hash # (56320 + ((point - 65536) & 1023))) * 16777619) % 4294967296;
        ELSE
          hash := ((hash # point) * 16777619) % 4294967296;
        END IF;
      END LOOP;
      RETURN lpad(to_hex(hash), 8, '0');
    END $$;`;

/**
 * Schema step 10: each summary and listing has the title's Welsh version where one is written
 * (`welshTitle`, so a Welsh run's lists show it, and `welshTitleStale` when it was written for English
 * that has changed since: core's `englishFingerprint`, FNV-1a over UTF-16 code units, is computed here
 * once more, as the step cannot call JavaScript; a test holds the two together). The listing function copies it too; a summary without
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
    ${fingerprintFunction}
    UPDATE ${s}.assessments AS a
       SET summary = (left(a.summary::text, -1) || ',"welshTitle":' || titled.welsh
                      || CASE WHEN titled.stale THEN ',"welshTitleStale":true' ELSE '' END || '}')::json
      FROM (SELECT id, welsh,
                   json_typeof(source) = 'string' AND source #>> '{}' IS DISTINCT FROM
                     pg_temp.english_fingerprint(snapshot -> 'assessment' -> 'policy' ->> 'title') AS stale
              FROM (SELECT id, snapshot, pg_temp.welsh_title_of(snapshot) AS welsh,
                           snapshot -> 'assessment' -> 'welshOf' -> 'policy/title' AS source
                      FROM ${s}.assessments) AS found
             WHERE welsh IS NOT NULL) AS titled
     WHERE a.id = titled.id AND json_typeof(a.summary) = 'object'
       AND a.summary -> 'welshTitle' IS NULL AND right(a.summary::text, 1) = '}';
    DROP FUNCTION pg_temp.welsh_title_of(json);
    DROP FUNCTION pg_temp.english_fingerprint(text);
  `,
};
