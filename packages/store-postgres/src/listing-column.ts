/*
 * Schema step 9: each assessment's listing (the SDK's `listingOf`, what `client.list` returns and
 * `eqia list --json` prints) in a column PostgreSQL generates from the summary, so a filtered list reads
 * listings, a tenth of the summaries' bytes, and never a summary. Generated, it is computed in the
 * save's own statement (and for every existing row by the step), no writer can set it, and a summary
 * edited by hand brings its listing with it.
 *
 * Each field is copied as the text the summary holds (a `json` value is its text as written, never
 * decoded and quoted again), so the listing of a summary JSON.stringify wrote is byte for byte
 * `JSON.stringify(listingOf(…))`, as SQLite's (store-sqlite's listing-sql.ts). PostgreSQL's json
 * functions refuse a summary holding an escaped NUL or half a surrogate pair (they decode every string
 * they pass), and some summaries are not as eqia writes them: such a row's listing is NULL, and its
 * readers take the summaries' checked path (listing-reads.ts). A released step's SQL never changes: when
 * `listingOf` changes, a new step builds the new listings, and the conformance suite fails until then.
 */

/** The summary's fields a listing copies, in order (the SDK's `listedFields` of schema step 9). */
export const step9Fields = [
  'id',
  'revision',
  'supersedes',
  'supersededBy',
  'state',
  'stage',
  'title',
  'reference',
  'team',
  'owner',
  'updatedAt',
  'version',
  'outcome',
  'nextReviewDate',
  'publishedAt',
  'negativeCharacteristics',
];

/**
 * The function and the column. The summary is parsed once for its fields (`json_each`) and its open
 * actions once more; a field the summary repeats is copied each time (JSON.parse keeps the last, as
 * it does of the summary). The earliest due date is the least of the dates' JSON texts, which is the
 * least date for dates as eqia writes them (YYYY-MM-DD).
 */
export const listingColumn = (s: string) => `
  ${listingFunction(s, 'CREATE', step9Fields)}
  ALTER TABLE ${s}.assessments
    ADD COLUMN listing json GENERATED ALWAYS AS (${s}.listing_of(summary)) STORED;
`;

/** The function that makes a listing of a summary, copying `copied`: step 9's, and a later step's again. */
export const listingFunction = (
  s: string,
  create: 'CREATE' | 'CREATE OR REPLACE',
  copied: readonly string[],
) => `
  ${create} FUNCTION ${s}.listing_of(summary json) RETURNS json
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
  DECLARE
    fields text;
    actions json;
    counted integer;
    earliest text;
    sound boolean;
  BEGIN
    IF json_typeof(summary) IS DISTINCT FROM 'object' THEN RETURN NULL; END IF;
    SELECT string_agg('"' || f.field || '":' || e.value::text, ',' ORDER BY f.position),
           (array_agg(e.value ORDER BY e.n DESC) FILTER (WHERE e.key = 'openActions'))[1]
      INTO fields, actions
      FROM json_each(summary) WITH ORDINALITY AS e (key, value, n)
      LEFT JOIN unnest(ARRAY['${copied.join("', '")}']) WITH ORDINALITY AS f (field, position)
        ON f.field = e.key;
    IF json_typeof(actions) IS DISTINCT FROM 'array' THEN RETURN NULL; END IF;
    SELECT count(*), min(a.due::text COLLATE "C"),
           coalesce(bool_and(json_typeof(a.action) = 'object'
                             AND (a.due IS NULL OR json_typeof(a.due) = 'string')), true)
      INTO counted, earliest, sound
      FROM (SELECT x.action, x.action -> 'dueDate' FROM json_array_elements(actions) AS x (action))
        AS a (action, due);
    IF NOT sound THEN RETURN NULL; END IF;
    RETURN ('{' || coalesce(fields || ',', '') || '"openActionCount":' || counted
            || coalesce(',"earliestActionDue":' || earliest, '') || '}')::json;
  EXCEPTION WHEN untranslatable_character OR invalid_text_representation THEN
    RETURN NULL;
  END $$;`;
