import { finalStates } from '@eqia/core';
import type { ListFilter } from '@eqia/sdk';

/**
 * The SDK's list filter as a WHERE clause over the indexed columns, with its parameters (numbered from
 * `first`). It may let through more than the filter matches, never less: the client filters what comes
 * back again. Text columns hold no NUL and turn a lone surrogate into U+FFFD, so values are compared as
 * they were stored, and a text needle PostgreSQL could miss (a NUL, or half of a surrogate pair, which
 * JavaScript finds inside a pair) is left to the client. Rows saved before schema step 3 have no
 * `team_key` or `search_text` yet, and pass those conditions.
 */
export function filterSql(filter: ListFilter = {}, first = 1): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${first + params.length - 1}`;
  };
  const stored = (text: string) => text.replaceAll('\u0000', '');
  if (filter.state !== undefined) conditions.push(`state = ANY(${param([filter.state].flat())}::text[])`);
  if (filter.owner !== undefined) conditions.push(`owner = ${param(stored(filter.owner))}`);
  if (filter.team !== undefined)
    conditions.push(`(team_key = ${param(stored(filter.team.toLowerCase()))} OR team_key IS NULL)`);
  if (filter.characteristic !== undefined)
    conditions.push(`negative_characteristics @> ARRAY[${param(stored(filter.characteristic))}::text]`);
  if (filter.outcome !== undefined) conditions.push(`outcome = ${param(stored(filter.outcome))}`);
  if (filter.text !== undefined && !filter.text.includes('\u0000') && !/\p{Cs}/u.test(filter.text))
    conditions.push(`(strpos(search_text, ${param(filter.text.toLowerCase())}) > 0 OR search_text IS NULL)`);
  return { where: conditions.length === 0 ? 'true' : conditions.join(' AND '), params };
}

/** Signed off or published, with the next review date on or before the day in `param`. */
export const reviewDueSql = (param: string) =>
  `state IN ('signed_off', 'published') AND next_review_date <= ${param}::date`;

/** Still in force, with an open action due before the day in `param`. */
export const actionsOverdueSql = (param: string) =>
  `next_action_due < ${param}::date AND state <> ALL('{${finalStates.join(',')}}'::text[])`;
