/*
 * The listing of a summary (the SDK's `listingOf`, what `eqia list --json` prints), built by SQLite from
 * the summary's JSON text, for schema step 9's table (and the triggers of the steps that changed it). Each field is copied as the text the summary holds
 * (`->`, never decoded and quoted again), so the listing is byte for byte `JSON.stringify(listingOf(…))`
 * of a summary JSON.stringify wrote. A released step's SQL never changes: when `listingOf` changes,
 * this builds the new step's SQL, and the conformance suite fails until there is one.
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

/** Schema step 11's: the title's Welsh version after the title, where one is written. */
export const welshTitleFields = step9Fields.flatMap((field) =>
  field === 'title' ? [field, 'welshTitle', 'welshTitleStale'] : [field],
);

/**
 * The listing of a row of `assessment_list` (`row`: NEW, or a table's alias); NULL unless its summary is
 * JSON whose id and time are its row's and whose open actions are a list (the listing's readers then
 * take the checked path, which names the damage).
 */
export function listingSql(row: string, copied: readonly string[]): string {
  const summary = `${row}.summary`;
  const field = (name: string, index: number) =>
    `coalesce('${index === 0 ? '{' : ','}"${name}":' || (${summary} -> '$.${name}'), '')`;
  return `CASE WHEN json_valid(${summary}) THEN CASE
    WHEN ${summary} ->> '$.id' IS ${row}.id AND ${summary} ->> '$.updatedAt' IS ${row}.updated_at
     AND json_type(${summary}, '$.openActions') = 'array' THEN
    ${copied.map(field).join(' || ')}
    || ',"openActionCount":' || json_array_length(${summary}, '$.openActions')
    || coalesce(',"earliestActionDue":'
                || (SELECT min(value -> '$.dueDate') FROM json_each(${summary}, '$.openActions')), '')
    || '}' END END`;
}
