import { addMonths } from '../checks/dates.js';
import type { LifecycleState } from '../lifecycle/state.js';
import type { IsoDate } from '../schema/common.js';
import { type ActionFacts, type AnnualFacts, type PeriodFacts, periodFactsOf } from './annual-facts.js';
import { activityIn, inForce, type Period } from './annual-period.js';

/** What an annual report asks of a store: the period, the day it is produced, how long each list may be. */
export interface AnnualQuery extends Period {
  /** The day the report is produced: actions due before it, and reviews before it, are overdue. */
  today: IsoDate;
  /** How many of each long list (overdue actions, reviews, next year's) to give; every one when omitted. */
  listed?: number;
}

/** An open action past its due date, with the assessment it belongs to. */
export interface OverdueAction {
  assessmentId: string;
  title: string;
  team: string;
  actionId: string;
  description: string;
  owner: string;
  dueDate: IsoDate;
  /** The assessment's annual facts' Welsh (`AnnualFacts['welsh']`), where it has any. */
  welsh?: Record<string, string>;
}

export interface ReviewDue {
  assessmentId: string;
  title: string;
  nextReviewDate: IsoDate;
  overdue: boolean;
  /** The assessment's annual facts' Welsh (`AnnualFacts['welsh']`), where it has any. */
  welsh?: Record<string, string>;
}

/** An open action of an assessment in force that falls due in the year after the period. */
export interface ActionDue {
  assessmentId: string;
  title: string;
  description: string;
  owner: string;
  dueDate: IsoDate;
  /** The assessment's annual facts' Welsh (`AnnualFacts['welsh']`), where it has any. */
  welsh?: Record<string, string>;
}

/** How long overdue actions have been overdue, on the day the report is produced. */
export interface OverdueAges {
  upTo3Months: number;
  upTo12Months: number;
  overAYear: number;
}

/**
 * The annual report's facts as a store can answer them with its indexes: the assessments of the period
 * whole (the report lists them), and of everything still owed (the actions of those assessments and of
 * every assessment in force, reviews, the year ahead) counts and the first `listed` of each list.
 */
export interface AnnualTotals {
  /** Each assessment with activity in the period (see `activityIn`), by id; its actions are in `actions`. */
  inPeriod: { facts: PeriodFacts; state: LifecycleState }[];
  /** Actions of the period's assessments and of every assessment in force. */
  actions: {
    open: number;
    inProgress: number;
    done: number;
    dropped: number;
    overdue: number;
    overdueAges: OverdueAges;
    /** Overdue actions by the team of their assessment: most first, then by team. */
    overdueByTeam: { team: string; count: number }[];
    /** Overdue longest first (by due date, then assessment, then the plan's order). */
    longestOverdue: OverdueAction[];
  };
  /** Assessments in force whose review falls due by the end of the period, or is overdue. */
  reviews: { count: number; overdue: number; soonest: ReviewDue[] };
  /** The year after the period: open actions and reviews of assessments in force that fall due in it. */
  next: {
    period: Period;
    actions: number;
    soonestActions: ActionDue[];
    reviews: number;
    soonestReviews: ReviewDue[];
  };
}

/** The year after the period. */
export function nextPeriodAfter(period: Period): Period {
  const after = new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: after, to: addMonths(period.to, 12) };
}

/** The first days of the later bands of OverdueAges: due before these, an action is in the older band. */
export function overdueBands(today: IsoDate): { threeMonthsAgo: IsoDate; aYearAgo: IsoDate } {
  return { threeMonthsAgo: addMonths(today, -3), aYearAgo: addMonths(today, -12) };
}

const live = (action: ActionFacts) => action.status === 'open' || action.status === 'in_progress';

/**
 * Strings in code-point order, as a database compares UTF-8 bytes (SQLite's BINARY, PostgreSQL's "C"):
 * not `<`, which compares UTF-16 code units and puts U+E000–U+FFFF after astral characters.
 */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = (left[i]?.codePointAt(0) ?? 0) - (right[i]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/**
 * The plain answer to an AnnualQuery over every assessment's facts and state: what the memory store
 * gives, what a client computes when a store has no query of its own, and what the conformance suite
 * holds SQLite and PostgreSQL to.
 */
export function annualTotalsOf(
  assessments: readonly { facts: AnnualFacts; state: LifecycleState }[],
  query: AnnualQuery,
): AnnualTotals {
  const { today, listed = Number.POSITIVE_INFINITY } = query;
  const first = <T>(list: T[]) => list.slice(0, listed);
  const inPeriod = assessments
    .filter((entry) => activityIn(query, entry.facts, entry.state).length > 0)
    .sort((a, b) => byCodePoint(a.facts.id, b.facts.id));
  const ofPeriod = new Set(inPeriod);
  const owed = assessments.filter((entry) => inForce(entry.state) || ofPeriod.has(entry));
  const current = assessments.filter((entry) => inForce(entry.state)).map((entry) => entry.facts);

  const counts = { open: 0, inProgress: 0, done: 0, dropped: 0 };
  const bands = overdueBands(today);
  const overdueAges: OverdueAges = { upTo3Months: 0, upTo12Months: 0, overAYear: 0 };
  const teams = new Map<string, number>();
  const overdue: (OverdueAction & { position: number })[] = [];
  for (const { facts } of owed) {
    facts.actions.forEach((action, position) => {
      counts[action.status === 'in_progress' ? 'inProgress' : action.status] += 1;
      if (!live(action) || action.dueDate === undefined || action.dueDate >= today) return;
      const { dueDate } = action;
      overdueAges[
        dueDate >= bands.threeMonthsAgo
          ? 'upTo3Months'
          : dueDate >= bands.aYearAgo
            ? 'upTo12Months'
            : 'overAYear'
      ] += 1;
      teams.set(facts.team, (teams.get(facts.team) ?? 0) + 1);
      const { id: assessmentId, title, team, welsh } = facts;
      const { id: actionId, description, owner } = action;
      overdue.push({
        assessmentId,
        title,
        team,
        actionId,
        description,
        owner,
        dueDate,
        ...(welsh && { welsh }),
        position,
      });
    });
  }
  const byDueThenPlace = (
    a: { dueDate: IsoDate; assessmentId: string; position: number },
    b: { dueDate: IsoDate; assessmentId: string; position: number },
  ) =>
    byCodePoint(a.dueDate, b.dueDate) ||
    byCodePoint(a.assessmentId, b.assessmentId) ||
    a.position - b.position;

  const reviewOf = ({ id, title, nextReviewDate, welsh }: AnnualFacts): ReviewDue[] =>
    nextReviewDate === undefined
      ? []
      : [
          {
            assessmentId: id,
            title,
            nextReviewDate,
            overdue: nextReviewDate < today,
            ...(welsh && { welsh }),
          },
        ];
  const byReviewDate = (a: ReviewDue, b: ReviewDue) =>
    byCodePoint(a.nextReviewDate, b.nextReviewDate) || byCodePoint(a.assessmentId, b.assessmentId);
  const reviews = current
    .flatMap(reviewOf)
    .filter((review) => review.nextReviewDate <= query.to || review.overdue)
    .sort(byReviewDate);

  const next = nextPeriodAfter(query);
  const within = (day: IsoDate | undefined): day is IsoDate =>
    day !== undefined && day >= next.from && day <= next.to;
  const dueNext = current
    .flatMap(({ id: assessmentId, title, actions, welsh }) =>
      actions.flatMap((action, position) =>
        live(action) && within(action.dueDate)
          ? [
              {
                assessmentId,
                title,
                description: action.description,
                owner: action.owner,
                dueDate: action.dueDate,
                ...(welsh && { welsh }),
                position,
              },
            ]
          : [],
      ),
    )
    .sort(byDueThenPlace);
  const reviewsNext = current
    .flatMap(reviewOf)
    .filter((review) => within(review.nextReviewDate))
    .sort(byReviewDate);

  return {
    inPeriod: inPeriod.map(({ facts, state }) => ({ facts: periodFactsOf(facts), state })),
    actions: {
      ...counts,
      overdue: overdue.length,
      overdueAges,
      overdueByTeam: [...teams]
        .map(([team, count]) => ({ team, count }))
        .sort((a, b) => b.count - a.count || byCodePoint(a.team, b.team)),
      longestOverdue: first(overdue.sort(byDueThenPlace)).map(({ position: _, ...action }) => action),
    },
    reviews: {
      count: reviews.length,
      overdue: reviews.filter((review) => review.overdue).length,
      soonest: first(reviews),
    },
    next: {
      period: next,
      actions: dueNext.length,
      soonestActions: first(dueNext).map(({ position: _, ...action }) => action),
      reviews: reviewsNext.length,
      soonestReviews: first(reviewsNext),
    },
  };
}
