import type { AssessmentDigest, AssessmentSummary } from '@eqia/core';

/**
 * The `assessments` columns the store filters on, in the order of `assessmentColumns`, taken from the
 * summary. Text columns drop NUL characters, which PostgreSQL text cannot hold; the summary itself is
 * kept whole beside them.
 */
export const assessmentColumns = [
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
  'negative_characteristics',
  'team_key',
  'search_text',
  'next_action_due',
  'summary',
  'snapshot',
  'digest',
] as const;

const withoutNul = (text: string): string => text.replaceAll('\u0000', '');
const optional = (text: string | undefined): string | null => (text === undefined ? null : withoutNul(text));

/** What the list's text filter searches, lower-cased: title, reference and team, as the SDK joins them. */
export const searchTextOf = (summary: AssessmentSummary): string =>
  [summary.title, summary.reference, summary.team].join('\n').toLowerCase();

/** The earliest due date of an open action, so overdue actions are an index lookup. */
function nextActionDue(summary: AssessmentSummary): string | null {
  const dates = summary.openActions.flatMap((action) => (action.dueDate ? [action.dueDate] : []));
  // Dates as YYYY-MM-DD: their text order is their order in time.
  return dates.sort()[0] ?? null;
}

export function assessmentValues(
  version: number,
  summary: AssessmentSummary,
  snapshotJson: string,
  digest: AssessmentDigest | undefined,
): unknown[] {
  return [
    version,
    summary.state,
    optional(summary.stage),
    withoutNul(summary.title),
    withoutNul(summary.reference),
    withoutNul(summary.team),
    optional(summary.owner),
    withoutNul(summary.createdBy),
    summary.createdAt,
    summary.updatedAt,
    optional(summary.outcome),
    summary.screenedOut,
    summary.decisionDate ?? null,
    summary.nextReviewDate ?? null,
    summary.publishedAt ?? null,
    summary.negativeCharacteristics,
    // JavaScript's toLowerCase, as the SDK's filter compares: PostgreSQL's lower() depends on the locale.
    withoutNul(summary.team.toLowerCase()),
    withoutNul(searchTextOf(summary)),
    nextActionDue(summary),
    JSON.stringify(summary),
    snapshotJson,
    // An append without a digest clears the last one: it would describe an older version.
    digest === undefined ? null : JSON.stringify(digest),
  ];
}
