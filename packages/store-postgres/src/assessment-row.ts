import type { AssessmentDigest, AssessmentSummary } from '@eqia/core';

/**
 * The `assessments` columns the SDK filters on, in the order of `assessmentColumns`, taken from the
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
  'summary',
  'snapshot',
  'digest',
] as const;

const withoutNul = (text: string): string => text.replaceAll('\u0000', '');
const optional = (text: string | undefined): string | null => (text === undefined ? null : withoutNul(text));

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
    JSON.stringify(summary),
    snapshotJson,
    // An append without a digest clears the last one: it would describe an older version.
    digest === undefined ? null : JSON.stringify(digest),
  ];
}
