import type { LifecycleState } from '@eqia/core/light';
import type { StoredChecks } from '@eqia/sdk/light';
import type Database from 'better-sqlite3';
import { digestOf } from './documents.js';

/*
 * `readChecks` (what `check --all` reads): each assessment's title, state and change time (what it shows,
 * and the list order's key) beside its checks part, in list order, a range of assessment_listing's key
 * (schema step 9) at a time, each row joined to its part by id. At 100,000, parsing every summary for
 * three of its fields was most of the work, and holding every parsed part until the last was read made
 * the collector the larger part (docs/performance.md, "At 100,000").
 */

/** What whole-store checks read: typed columns of the assessment's listing, beside its checks part. */
interface ChecksRow {
  id: string;
  title: string;
  /** The listing's, when it has them (a damaged summary's listing has none). */
  welsh_title: string | null;
  welsh_title_stale: number | null;
  state: string;
  updated_at: string;
  checks: string | null;
}

/** Where in list order a batch ends: the next batch starts after it. */
export interface ListKey {
  updatedAt: string;
  id: string;
}

/** One batch: at most `batch` assessments in list order after `after` (from the first when undefined). */
export type ChecksBatch = (
  batch: number,
  after: ListKey | undefined,
) => { found: StoredChecks[]; next: ListKey | undefined };

/**
 * The title, its Welsh and the state are the listing's, read in SQL; the assessment's own columns only
 * where the listing has none (a damaged summary: then no Welsh title), since reading them is a random
 * read into rows of 30 KB and more.
 */
function checksInListOrder(where: string): string {
  const own = (column: string) =>
    `coalesce(listed.listing ->> '$.${column}', (SELECT ${column} FROM assessments WHERE id = listed.id))`;
  return `SELECT listed.id, ${own('title')} AS title, listed.listing ->> '$.welshTitle' AS welsh_title,
    listed.listing ->> '$.welshTitleStale' AS welsh_title_stale, ${own('state')} AS state, listed.updated_at, kept.checks
    FROM assessment_listing AS listed LEFT JOIN assessment_checks AS kept ON kept.id = listed.id
    ${where} ORDER BY listed.updated_at DESC, listed.id LIMIT @batch`;
}

export function prepareChecks(db: Database.Database, file: string): ChecksBatch {
  const first = db.prepare<[{ batch: number }], ChecksRow>(checksInListOrder(''));
  const after = db.prepare<[{ batch: number } & ListKey], ChecksRow>(
    checksInListOrder(
      'WHERE listed.updated_at <= @updatedAt AND (listed.updated_at < @updatedAt OR listed.id > @id)',
    ),
  );
  return (batch, from) => {
    const rows = from ? after.all({ batch, ...from }) : first.all({ batch });
    const last = rows.length === batch ? rows[rows.length - 1] : undefined;
    return {
      found: rows.map((row) => checksOf(file, row)),
      next: last && { updatedAt: last.updated_at, id: last.id },
    };
  };
}

function checksOf(file: string, row: ChecksRow): StoredChecks {
  // One object, its optional fields set on it (no spread copies): a whole-store check makes 100,000.
  const checks: StoredChecks = {
    id: row.id,
    title: row.title,
    state: row.state as LifecycleState,
    updatedAt: row.updated_at,
  };
  if (row.welsh_title !== null) checks.welshTitle = row.welsh_title;
  if (row.welsh_title_stale === 1) checks.welshTitleStale = true;
  const digest = row.checks === null ? undefined : digestOf(file, row.id, row.checks);
  if (digest?.checks) checks.digest = { digestVersion: digest.digestVersion, checks: digest.checks };
  return checks;
}

/** Every batch in turn, each read by `read` (which runs it as the store runs a call). */
export async function* checksInBatches(
  read: (after: ListKey | undefined) => Promise<ReturnType<ChecksBatch>>,
): AsyncGenerator<readonly StoredChecks[]> {
  let after: ListKey | undefined;
  do {
    const { found, next } = await read(after);
    if (found.length > 0) yield found;
    after = next;
  } while (after);
}
