import type { AssessmentSummary } from '@eqia/core/light';
import type { AppendRequest } from '@eqia/sdk/light';
import { asciiJson } from './ascii-json.js';

type AssessmentDigest = NonNullable<AppendRequest['digest']>;

/**
 * The `assessments` columns an append writes, with named parameters (`@id`, `@version`…). All but the
 * snapshot are taken from the summary, for filters and indexes; the summary itself is kept in
 * `assessment_list`, and it is what reads return.
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
  'snapshot',
] as const;

/**
 * The columns an index is on. An UPDATE that sets one rewrites its index entry even when the value is
 * the same, so a save sets only those that changed (an edit of text changes none of them).
 */
export const indexedColumns = ['state', 'owner', 'team_key', 'next_review_date'] as const;

export type IndexedColumn = (typeof indexedColumns)[number];
export type AssessmentRow = Record<(typeof assessmentColumns)[number], string | number | null>;

/** The text `filterSummaries` searches for `text`, lower-cased as it does it. */
export const searchTextOf = (summary: AssessmentSummary): string =>
  [summary.title, summary.reference, summary.team].join('\n').toLowerCase();

export function assessmentRow(summary: AssessmentSummary, snapshot: string): AssessmentRow {
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
    snapshot,
  };
}

export const insertAssessmentSql = `INSERT INTO assessments (${assessmentColumns.join(', ')})
  VALUES (${assessmentColumns.map((column) => `@${column}`).join(', ')})`;

/** The UPDATE of every column but the id and the indexed ones that did not change. */
export function updateAssessmentSql(changed: readonly IndexedColumn[]): string {
  const set = assessmentColumns.filter(
    (column) => column !== 'id' && !(indexedColumns as readonly string[]).includes(column),
  );
  return `UPDATE assessments SET ${[...set, ...changed].map((column) => `${column} = @${column}`).join(', ')}
    WHERE id = @id`;
}

/**
 * The digest's two parts as their tables keep them, each `{"digestVersion": …, "<part>": …}`; the checks
 * part as ASCII JSON (ascii-json.ts).
 */
export interface DigestRows {
  checks: { id: string; profile_fingerprint: string; checks: string };
  annual: {
    id: string;
    state: string;
    created_on: string;
    decision_date: string | null;
    last_approved_on: string | null;
    published_on: string | null;
    withdrawn_on: string | null;
    next_review_date: string | null;
    annual: string;
  };
}

export function digestRows(summary: AssessmentSummary, digest: AssessmentDigest): DigestRows {
  const { digestVersion, annual, checks } = digest;
  return {
    checks: {
      id: summary.id,
      profile_fingerprint: checks.profileFingerprint,
      checks: asciiJson(JSON.stringify({ digestVersion, checks })),
    },
    annual: {
      id: summary.id,
      state: summary.state,
      created_on: annual.createdOn,
      decision_date: annual.decisionDate ?? null,
      last_approved_on: annual.lastApprovedOn ?? null,
      published_on: annual.publishedOn ?? null,
      withdrawn_on: annual.withdrawnOn ?? null,
      next_review_date: annual.nextReviewDate ?? null,
      annual: JSON.stringify({ digestVersion, annual }),
    },
  };
}
