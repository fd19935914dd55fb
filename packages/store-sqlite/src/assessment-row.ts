import type { AssessmentSummary } from '@eqia/core/light';

/**
 * The `assessments` columns an append writes, in the order of `assessmentRow`'s values. All but the
 * documents are taken from the summary, for filters and indexes; the summary itself is kept whole beside
 * them as JSON, and it is what reads return.
 */
export const assessmentColumns = [
  'id',
  'version',
  'state',
  'stage',
  'title',
  'reference',
  'team',
  'owner',
  'created_by',
  'created_at',
  'updated_at',
  'outcome',
  'screened_out',
  'decision_date',
  'next_review_date',
  'published_at',
  'team_key',
  'search_text',
  'summary',
  'digest',
  'snapshot',
] as const;

export type AssessmentRow = Record<(typeof assessmentColumns)[number], string | number | null>;

/** The text `filterSummaries` searches for `text`, lower-cased as it does it. */
export const searchTextOf = (summary: AssessmentSummary): string =>
  [summary.title, summary.reference, summary.team].join('\n').toLowerCase();

export function assessmentRow(
  summary: AssessmentSummary,
  json: { summary: string; snapshot: string; digest: string | null },
): AssessmentRow {
  return {
    id: summary.id,
    version: summary.version,
    state: summary.state,
    stage: summary.stage ?? null,
    title: summary.title,
    reference: summary.reference,
    team: summary.team,
    owner: summary.owner ?? null,
    created_by: summary.createdBy,
    created_at: summary.createdAt,
    updated_at: summary.updatedAt,
    outcome: summary.outcome ?? null,
    screened_out: summary.screenedOut ? 1 : 0,
    decision_date: summary.decisionDate ?? null,
    next_review_date: summary.nextReviewDate ?? null,
    published_at: summary.publishedAt ?? null,
    team_key: summary.team.toLowerCase(),
    search_text: searchTextOf(summary),
    summary: json.summary,
    digest: json.digest,
    snapshot: json.snapshot,
  };
}

/** `INSERT … ON CONFLICT DO UPDATE` of every column, with named parameters (`@id`, `@version`…). */
export const upsertAssessmentSql = `
  INSERT INTO assessments (${assessmentColumns.join(', ')})
  VALUES (${assessmentColumns.map((column) => `@${column}`).join(', ')})
  ON CONFLICT (id) DO UPDATE SET ${assessmentColumns
    .filter((column) => column !== 'id')
    .map((column) => `${column} = excluded.${column}`)
    .join(', ')}`;
