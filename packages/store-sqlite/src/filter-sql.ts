import type { ListFilter } from '@eqia/sdk/light';

/**
 * A surrogate standing alone (in `u` mode a pair is one code point) or U+FFFD. How a lone surrogate
 * reaches SQLite depends on Node's V8: as its own three bytes (Node 20) or as U+FFFD (Node 24), where
 * different ones, and U+FFFD itself, then look alike. A needle holding one cannot be compared in bytes.
 */
const unsure = /[\p{Cs}\uFFFD]/u;

/** A WHERE clause (`1` for none) and its parameters, in order. */
export interface Selection {
  where: string;
  params: string[];
}

export interface FilterSql extends Selection {
  /** False when a condition was left out: the rows are then a superset, to be filtered again. */
  exact: boolean;
  /**
   * The characteristic asked for, and every other condition apart (over the assessments' columns): a
   * read of listings starts from its range of schema step 10's keys, already in list order.
   */
  characteristic?: { name: string; others: Selection };
}

/**
 * The SDK's `filterSummaries` conditions as SQL over the `assessments` columns, so that a filtered list
 * reads only the rows it returns. Each condition matches exactly what `filterSummaries` matches:
 *
 * - team and text compare against columns lower-cased by JavaScript when written (`team_key`,
 *   `search_text`), with the needle lower-cased the same way, because SQLite's lower() folds ASCII only;
 * - `=` and `instr` compare bytes. A needle of owner, team or text holding a lone surrogate or U+FFFD
 *   (see `unsure`) cannot be compared in bytes: that condition is then left out and the result marked
 *   inexact, for the caller to filter again. The rows are then a superset, never fewer.
 */
export function filterSql(filter: ListFilter = {}): FilterSql {
  const conditions: string[] = [];
  const params: string[] = [];
  const others = (): Selection => ({ where: conditions.join(' AND ') || '1', params: [...params] });
  if (filter.state !== undefined) {
    const states = [filter.state].flat();
    conditions.push(states.length === 0 ? '0' : `state IN (${states.map(() => '?').join(', ')})`);
    params.push(...states);
  }
  let exact = true;
  const comparable = (needle: string): boolean => {
    const inBytes = !unsure.test(needle);
    if (!inBytes) exact = false;
    return inBytes;
  };
  if (filter.owner !== undefined && comparable(filter.owner)) {
    conditions.push('owner = ?');
    params.push(filter.owner);
  }
  if (filter.team !== undefined && comparable(filter.team)) {
    conditions.push('team_key = ?');
    params.push(filter.team.toLowerCase());
  }
  if (filter.outcome !== undefined) {
    conditions.push('outcome = ?');
    params.push(filter.outcome);
  }
  if (filter.text !== undefined && comparable(filter.text)) {
    conditions.push('instr(search_text, ?) > 0');
    params.push(filter.text.toLowerCase());
  }
  if (filter.characteristic === undefined) return { ...others(), exact };
  const rest = others();
  conditions.push('id IN (SELECT assessment_id FROM assessment_characteristics WHERE characteristic = ?)');
  params.push(filter.characteristic);
  return { ...others(), exact, characteristic: { name: filter.characteristic, others: rest } };
}

/**
 * The summaries table (schema step 4: 10 MB at 10,000, where the assessments' rows take a gigabyte),
 * narrowed by a WHERE clause over the assessments' columns.
 */
export const listedWhere = (where: string) =>
  where === '1'
    ? 'assessment_list'
    : `assessment_list WHERE id IN (SELECT id FROM assessments WHERE ${where})`;

/** The listings table (schema step 9: 4 MB at 10,000, in list order), narrowed as listedWhere narrows. */
export const listingWhere = (where: string) =>
  where === '1'
    ? 'assessment_listing'
    : `assessment_listing WHERE id IN (SELECT id FROM assessments WHERE ${where})`;
