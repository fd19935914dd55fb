import {
  type AnnualQuery,
  type AnnualTotals,
  DIGEST_VERSION,
  type LifecycleState,
  nextPeriodAfter,
  overdueBands,
} from '@eqia/core';
import type { CallOptions } from '@eqia/sdk';
import type { ServerCalls } from './server-calls.js';

// The annual report's totals (see core's annualTotalsOf, which they equal), counted by PostgreSQL in
// one statement over the digests' annual parts (schema step 7), each list cut in the database. Ids,
// teams and days are ordered byte by byte (COLLATE "C"), as core orders them.

const live = `->> 'status' IN ('open', 'in_progress')`;
const inForce = `state IN ('signed_off', 'published')`;
const c = 'COLLATE "C"';
const byDue = `action ->> 'dueDate' ${c}, id ${c}, position`;

const statement = (s: string) => `
  WITH parts AS (
    SELECT id, state, created_on, decision_date, last_approved_on, published_on, withdrawn_on,
           next_review_date, annual -> 'annual' AS facts, annual ->> 'digestVersion' AS version
      FROM ${s}.assessment_annual),
  in_period AS (
    SELECT * FROM parts
     WHERE created_on BETWEEN $1 AND $2 OR decision_date BETWEEN $1 AND $2
        OR (last_approved_on BETWEEN $1 AND $2 AND state IN ('signed_off', 'published', 'superseded'))
        OR published_on BETWEEN $1 AND $2 OR withdrawn_on BETWEEN $1 AND $2
        OR EXISTS (SELECT 1 FROM json_array_elements_text(facts -> 'reaffirmedOn') AS day
                    WHERE day BETWEEN $1 AND $2)),
  owed AS (SELECT * FROM parts WHERE ${inForce} OR id IN (SELECT id FROM in_period)),
  actions AS (
    SELECT o.id, o.facts ->> 'title' AS title, o.facts -> 'welsh' AS welsh, o.facts ->> 'team' AS team, a.action, a.position
      FROM owed AS o, json_array_elements(o.facts -> 'actions') WITH ORDINALITY AS a (action, position)),
  overdue AS (SELECT * FROM actions WHERE action ${live} AND action ->> 'dueDate' < $3),
  in_force AS (SELECT * FROM parts WHERE ${inForce}),
  reviews AS (SELECT id, facts ->> 'title' AS title, facts -> 'welsh' AS welsh, next_review_date AS day FROM in_force
               WHERE next_review_date <= $2 OR next_review_date < $3),
  next_reviews AS (SELECT id, facts ->> 'title' AS title, facts -> 'welsh' AS welsh, next_review_date AS day FROM in_force
                    WHERE next_review_date BETWEEN $6 AND $7),
  next_actions AS (
    SELECT f.id, f.facts ->> 'title' AS title, f.facts -> 'welsh' AS welsh, a.action, a.position
      FROM in_force AS f, json_array_elements(f.facts -> 'actions') WITH ORDINALITY AS a (action, position)
     WHERE a.action ${live} AND a.action ->> 'dueDate' BETWEEN $6 AND $7)
  SELECT
    (SELECT count(*) FROM ${s}.assessments) = (SELECT count(*) FROM parts WHERE version = $9) AS current,
    (SELECT coalesce(json_agg(json_build_object('facts', facts::jsonb - 'actions', 'state', state) ORDER BY id ${c}), '[]')
       FROM in_period) AS in_period,
    (SELECT coalesce(json_object_agg(status, n), '{}')
       FROM (SELECT action ->> 'status' AS status, count(*) AS n FROM actions GROUP BY 1) AS counted) AS statuses,
    (SELECT json_build_object('total', count(*),
              'recent', count(*) FILTER (WHERE action ->> 'dueDate' >= $4),
              'year', count(*) FILTER (WHERE action ->> 'dueDate' < $4 AND action ->> 'dueDate' >= $5))
       FROM overdue) AS ages,
    (SELECT coalesce(json_agg(json_build_object('team', team, 'count', n) ORDER BY n DESC, team ${c}), '[]')
       FROM (SELECT team, count(*) AS n FROM overdue GROUP BY team) AS teams) AS by_team,
    (SELECT coalesce(json_agg(json_strip_nulls(json_build_object('assessmentId', id, 'title', title,
              'team', coalesce(team, ''), 'actionId', action ->> 'id', 'description', action ->> 'description',
              'owner', action ->> 'owner', 'dueDate', action ->> 'dueDate', 'welsh', welsh)) ORDER BY ${byDue}), '[]')
       FROM (SELECT * FROM overdue ORDER BY ${byDue} LIMIT $8) AS listed) AS longest,
    (SELECT json_build_object('count', count(*), 'overdue', count(*) FILTER (WHERE day < $3))
       FROM reviews) AS review_counts,
    (SELECT coalesce(json_agg(json_strip_nulls(json_build_object('assessmentId', id, 'title', title,
              'nextReviewDate', day, 'overdue', day < $3, 'welsh', welsh)) ORDER BY day ${c}, id ${c}), '[]')
       FROM (SELECT * FROM reviews ORDER BY day ${c}, id ${c} LIMIT $8) AS listed) AS reviews,
    (SELECT count(*)::int FROM next_actions) AS next_action_count,
    (SELECT coalesce(json_agg(json_strip_nulls(json_build_object('assessmentId', id, 'title', title,
              'description', action ->> 'description', 'owner', action ->> 'owner',
              'dueDate', action ->> 'dueDate', 'welsh', welsh)) ORDER BY ${byDue}), '[]')
       FROM (SELECT * FROM next_actions ORDER BY ${byDue} LIMIT $8) AS listed) AS next_actions,
    (SELECT count(*)::int FROM next_reviews) AS next_review_count,
    (SELECT coalesce(json_agg(json_strip_nulls(json_build_object('assessmentId', id, 'title', title,
              'nextReviewDate', day, 'overdue', day < $3, 'welsh', welsh)) ORDER BY day ${c}, id ${c}), '[]')
       FROM (SELECT * FROM next_reviews ORDER BY day ${c}, id ${c} LIMIT $8) AS listed) AS next_reviews`;

interface Row {
  current: boolean;
  in_period: { facts: AnnualTotals['inPeriod'][number]['facts']; state: LifecycleState }[];
  statuses: Record<string, number>;
  ages: { total: number; recent: number; year: number };
  by_team: AnnualTotals['actions']['overdueByTeam'];
  longest: AnnualTotals['actions']['longestOverdue'];
  review_counts: { count: number; overdue: number };
  reviews: AnnualTotals['reviews']['soonest'];
  next_action_count: number;
  next_actions: AnnualTotals['next']['soonestActions'];
  next_review_count: number;
  next_reviews: AnnualTotals['next']['soonestReviews'];
}

/** The store's annualTotals: undefined while an assessment has no current annual part. */
export async function annualTotalsIn(
  calls: ServerCalls,
  s: string,
  query: AnnualQuery,
  call?: CallOptions,
): Promise<AnnualTotals | undefined> {
  const next = nextPeriodAfter(query);
  const { threeMonthsAgo, aYearAgo } = overdueBands(query.today);
  const result = await calls.query<Row>(
    statement(s),
    [
      query.from,
      query.to,
      query.today,
      threeMonthsAgo,
      aYearAgo,
      next.from,
      next.to,
      query.listed ?? null,
      String(DIGEST_VERSION),
    ],
    false,
    call?.signal,
  );
  const row = result.rows[0];
  if (!row?.current) return undefined;
  const { statuses, ages } = row;
  return {
    inPeriod: row.in_period,
    actions: {
      open: statuses.open ?? 0,
      inProgress: statuses.in_progress ?? 0,
      done: statuses.done ?? 0,
      dropped: statuses.dropped ?? 0,
      overdue: ages.total,
      overdueAges: {
        upTo3Months: ages.recent,
        upTo12Months: ages.year,
        overAYear: ages.total - ages.recent - ages.year,
      },
      overdueByTeam: row.by_team,
      longestOverdue: row.longest,
    },
    reviews: { count: row.review_counts.count, overdue: row.review_counts.overdue, soonest: row.reviews },
    next: {
      period: next,
      actions: row.next_action_count,
      soonestActions: row.next_actions,
      reviews: row.next_review_count,
      soonestReviews: row.next_reviews,
    },
  };
}
