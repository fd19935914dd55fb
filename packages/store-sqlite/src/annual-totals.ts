import {
  type ActionDue,
  type AnnualFacts,
  type AnnualQuery,
  type AnnualTotals,
  DIGEST_VERSION,
  freezeParsed,
  type LifecycleState,
  nextPeriodAfter,
  type OverdueAction,
  overdueBands,
  type PeriodFacts,
  type ReviewDue,
  schemaTyped,
} from '@eqia/core/light';
import type Database from 'better-sqlite3';
import { periodFactsOf } from './documents.js';

// The annual report's totals (see core's annualTotalsOf, which they equal), counted by SQLite with the
// tables and indexes of schema step 8: only the period's assessments are read whole.

const live = `status IN ('open', 'in_progress')`;
const inForce = `state IN ('signed_off', 'published')`;
const between = (column: string) => `${column} BETWEEN @from AND @to`;

// Each arm a covering index's range (the unary + keeps SQLite off the state index, which would read
// every signed-off part's large row); an OR over them, with the reaffirmations' EXISTS, would scan all.
const inPeriod = `
  in_period (id) AS (
    SELECT id FROM assessment_annual WHERE ${between('created_on')}
    UNION SELECT id FROM assessment_annual WHERE ${between('decision_date')}
    UNION SELECT id FROM assessment_annual
           WHERE ${between('last_approved_on')} AND +state IN ('signed_off', 'published', 'superseded')
    UNION SELECT id FROM assessment_annual WHERE ${between('published_on')}
    UNION SELECT id FROM assessment_annual WHERE ${between('withdrawn_on')}
    UNION SELECT id FROM annual_reaffirmations WHERE ${between('day')}
  ),
  owed (id) AS (SELECT id FROM in_period UNION SELECT id FROM annual_versions WHERE ${inForce})`;

const overdue = `FROM annual_actions AS action JOIN owed USING (id) WHERE action.${live} AND action.due_date < @today`;
// The title and an action's own facts, only for the few listed: paths into the part's JSON. SQLite works
// out a row's columns before it sorts, so they are read in an outer query, after the LIMIT.
const actionFacts = `(SELECT annual -> ('$.annual.actions[' || picked.position || ']') FROM assessment_annual WHERE id = picked.id)`;
const titleOf = `(SELECT annual ->> '$.annual.title' FROM assessment_annual WHERE id = picked.id)`;
const welshOf = `(SELECT annual -> '$.annual.welsh' FROM assessment_annual WHERE id = picked.id)`;
const nextReviews = `FROM assessment_annual WHERE ${inForce} AND next_review_date BETWEEN @nextFrom AND @nextTo`;
const nextActions = `FROM annual_actions AS action JOIN annual_versions AS part USING (id)
  WHERE action.${live} AND action.due_date BETWEEN @nextFrom AND @nextTo AND part.${inForce}`;
const reviewsDue = `FROM assessment_annual WHERE ${inForce} AND (next_review_date <= @to OR next_review_date < @today)`;

/** The soonest reviews of `from`, their titles read after the LIMIT. */
const reviewsListed = (from: string) =>
  `WITH picked AS (SELECT id, next_review_date AS day ${from} ORDER BY next_review_date, id LIMIT @listed)
   SELECT picked.id, ${titleOf} AS title, ${welshOf} AS welsh, picked.day FROM picked ORDER BY picked.day, picked.id`;

interface Parameters {
  from: string;
  to: string;
  today: string;
  threeMonthsAgo: string;
  aYearAgo: string;
  nextFrom: string;
  nextTo: string;
  listed: number;
}

/** A listed row's assessment: its id, title and the Welsh of its texts (JSON), if it has any. */
interface ListedAssessment {
  id: string;
  title: string;
  welsh: string | null;
}

interface ListedReview extends ListedAssessment {
  day: string;
}

interface ListedAction extends ListedAssessment {
  team: string | null;
  facts: string;
  due: string;
}

export type AnnualTotalsQuery = (query: AnnualQuery) => AnnualTotals | undefined;

export function annualTotalsQuery(db: Database.Database, location: string): AnnualTotalsQuery {
  const current = db
    .prepare<[number], number>(
      `SELECT (SELECT count(*) FROM assessments) = (SELECT count(*) FROM annual_versions WHERE digest_version = ?)`,
    )
    .pluck();
  // Without their actions (counted below, never read whole here): over half of each part's JSON.
  const periodRows = db.prepare<[Parameters], { state: LifecycleState; annual: string; id: string }>(
    `WITH ${inPeriod} SELECT id, state, json_remove(annual, '$.annual.actions') AS annual
       FROM assessment_annual WHERE id IN (SELECT id FROM in_period) ORDER BY id`,
  );
  const statuses = db.prepare<[Parameters], { status: string; count: number }>(
    `WITH ${inPeriod} SELECT action.status, count(*) AS count FROM annual_actions AS action JOIN owed USING (id) GROUP BY action.status`,
  );
  const ages = db.prepare<[Parameters], { total: number; recent: number | null; year: number | null }>(
    `WITH ${inPeriod} SELECT count(*) AS total, sum(action.due_date >= @threeMonthsAgo) AS recent,
            sum(action.due_date < @threeMonthsAgo AND action.due_date >= @aYearAgo) AS year ${overdue}`,
  );
  const byTeam = db.prepare<[Parameters], { team: string; count: number }>(
    `WITH ${inPeriod} SELECT version.team, count(*) AS count ${overdue.replace(
      'JOIN owed USING (id)',
      'JOIN owed USING (id) JOIN annual_versions AS version USING (id)',
    )} GROUP BY version.team ORDER BY count DESC, version.team`,
  );
  const longest = db.prepare<[Parameters], ListedAction>(
    `WITH ${inPeriod}, picked AS (
       SELECT action.id, action.position, version.team, action.due_date
         ${overdue.replace('JOIN owed USING (id)', 'JOIN owed USING (id) JOIN annual_versions AS version USING (id)')}
        ORDER BY action.due_date, action.id, action.position LIMIT @listed)
     SELECT picked.id, ${titleOf} AS title, ${welshOf} AS welsh, picked.team, ${actionFacts} AS facts, picked.due_date AS due
       FROM picked ORDER BY picked.due_date, picked.id, picked.position`,
  );
  const reviewCounts = db.prepare<[Parameters], { count: number; overdue: number | null }>(
    `SELECT count(*) AS count, sum(next_review_date < @today) AS overdue ${reviewsDue}`,
  );
  const reviews = db.prepare<[Parameters], ListedReview>(reviewsListed(reviewsDue));
  const nextReviewCount = db.prepare<[Parameters], number>(`SELECT count(*) ${nextReviews}`).pluck();
  const soonestReviews = db.prepare<[Parameters], ListedReview>(reviewsListed(nextReviews));
  const nextActionCount = db.prepare<[Parameters], number>(`SELECT count(*) ${nextActions}`).pluck();
  const soonestActions = db.prepare<[Parameters], ListedAction>(
    `WITH picked AS (SELECT action.id, action.position, action.due_date ${nextActions}
                      ORDER BY action.due_date, action.id, action.position LIMIT @listed)
     SELECT picked.id, ${titleOf} AS title, ${welshOf} AS welsh, NULL AS team, ${actionFacts} AS facts, picked.due_date AS due
       FROM picked ORDER BY picked.due_date, picked.id, picked.position`,
  );

  const factsOf = (row: { id: string; facts: string }) =>
    JSON.parse(row.facts) as Pick<AnnualFacts['actions'][number], 'id' | 'description' | 'owner'>;
  const welshIn = (row: ListedAssessment) =>
    row.welsh === null ? {} : { welsh: JSON.parse(row.welsh) as Record<string, string> };
  const review =
    (today: string) =>
    (row: ListedReview): ReviewDue => ({
      assessmentId: row.id,
      title: row.title,
      nextReviewDate: row.day,
      overdue: row.day < today,
      ...welshIn(row),
    });

  return (query) => {
    if (!current.get(DIGEST_VERSION)) return undefined;
    const next = nextPeriodAfter(query);
    const parameters: Parameters = {
      from: query.from,
      to: query.to,
      today: query.today,
      ...overdueBands(query.today),
      nextFrom: next.from,
      nextTo: next.to,
      // SQLite's LIMIT -1: no limit.
      listed: query.listed ?? -1,
    };
    return db.transaction((): AnnualTotals => {
      const counts = { open: 0, inProgress: 0, done: 0, dropped: 0 };
      for (const { status, count } of statuses.all(parameters))
        counts[status === 'in_progress' ? 'inProgress' : (status as 'open' | 'done' | 'dropped')] += count;
      const age = ages.get(parameters) ?? { total: 0, recent: 0, year: 0 };
      const reviewCount = reviewCounts.get(parameters) ?? { count: 0, overdue: 0 };
      return {
        // Frozen as parsed (no getters to ask about), so the client's freezing of the answer stops at each.
        inPeriod: periodRows.all(parameters).map((row) => ({
          facts: schemaTyped<PeriodFacts>(freezeParsed(periodFactsOf(location, row.id, row.annual))),
          state: row.state,
        })),
        actions: {
          ...counts,
          overdue: age.total,
          overdueAges: {
            upTo3Months: age.recent ?? 0,
            upTo12Months: age.year ?? 0,
            overAYear: age.total - (age.recent ?? 0) - (age.year ?? 0),
          },
          overdueByTeam: byTeam.all(parameters),
          longestOverdue: longest.all(parameters).map((row): OverdueAction => {
            const { id, description, owner } = factsOf(row);
            return {
              assessmentId: row.id,
              title: row.title,
              team: row.team ?? '',
              actionId: id,
              description,
              owner,
              dueDate: row.due,
              ...welshIn(row),
            };
          }),
        },
        reviews: {
          count: reviewCount.count,
          overdue: reviewCount.overdue ?? 0,
          soonest: reviews.all(parameters).map(review(query.today)),
        },
        next: {
          period: next,
          actions: nextActionCount.get(parameters) ?? 0,
          soonestActions: soonestActions.all(parameters).map((row): ActionDue => {
            const { description, owner } = factsOf(row);
            return {
              assessmentId: row.id,
              title: row.title,
              description,
              owner,
              dueDate: row.due,
              ...welshIn(row),
            };
          }),
          reviews: nextReviewCount.get(parameters) ?? 0,
          soonestReviews: soonestReviews.all(parameters).map(review(query.today)),
        },
      };
    })();
  };
}
