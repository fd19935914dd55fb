import type { AnnualTotals, IsoDate, Objective, Period, Profile, ReviewDue } from '@eqia/core';
import { welshFor, withoutWelsh } from './annual-welsh.js';

/** One thing due in the next period: a milestone or an action, and what it belongs to. */
export interface NextItem {
  /** The objective or assessment it belongs to, by title. */
  of: string;
  description: string;
  owner: string;
  dueDate: IsoDate;
  /** The Welsh of its objective's or assessment's title and of its description, where it has it. */
  welsh?: { of?: string; description?: string };
}

/** What comes next: the year after the period, and what falls due in it. */
export interface WhatNext {
  period: Period;
  /** Milestones of the objectives in progress, not done, due in the next period. */
  milestones: NextItem[];
  /** Open actions of the objectives and of the assessments in force due in the next period: the soonest. */
  actions: NextItem[];
  /** How many such actions there are in all. */
  actionCount: number;
  /** Assessments in force whose review falls due in the next period: the soonest. */
  reviews: ReviewDue[];
  /** How many such reviews there are in all. */
  reviewCount: number;
}

/** An objective's item with the Welsh the objective has of its title and of the item's description. */
function objectiveItem(objective: Objective, key: string, item: Omit<NextItem, 'of' | 'welsh'>): NextItem {
  const of = objective.welsh?.title;
  const description = objective.welsh?.[key];
  const welsh = { ...(of && { of }), ...(description && { description }) };
  return { of: objective.title, ...item, ...(Object.keys(welsh).length > 0 && { welsh }) };
}

const byDue = (a: NextItem, b: NextItem) => a.dueDate.localeCompare(b.dueDate) || a.of.localeCompare(b.of);

/**
 * The twelve months after the period: milestones and actions that fall due then, and reviews. What is
 * already overdue is reported with the period's actions; this is what the organisation has ahead. The
 * assessments' part comes counted from the store (AnnualTotals' `next`), its soonest listed; the
 * objectives' actions join them, and the list keeps as many as the store listed.
 */
export function whatNext(
  ahead: AnnualTotals['next'],
  objectives: readonly Objective[],
  profile: Profile,
): WhatNext {
  const next = ahead.period;
  const within = (due: IsoDate | undefined): due is IsoDate =>
    due !== undefined && due >= next.from && due <= next.to;
  const ownerName = (owner: string) => profile.users.find((user) => user.id === owner)?.name ?? owner;
  const live = objectives.filter(
    (objective) => objective.status === 'approved' || objective.status === 'in_progress',
  );
  const open = (status: string) => status === 'open' || status === 'in_progress';
  const objectiveActions = live.flatMap((objective) =>
    objective.actions.flatMap((action) =>
      open(action.status) && within(action.dueDate)
        ? [
            objectiveItem(objective, `actions/${action.id}/description`, {
              description: action.description,
              owner: ownerName(action.owner || objective.owner),
              dueDate: action.dueDate,
            }),
          ]
        : [],
    ),
  );
  const assessmentActions = ahead.soonestActions.map((action): NextItem => {
    const of = welshFor(action.welsh, action.title);
    const description = welshFor(action.welsh, action.description);
    const welsh = { ...(of && { of }), ...(description && { description }) };
    return {
      of: action.title,
      description: action.description,
      owner: ownerName(action.owner),
      dueDate: action.dueDate,
      ...(Object.keys(welsh).length > 0 && { welsh }),
    };
  });
  // The store listed only the soonest of its own: past the last of them, the merged list would miss some.
  const last = assessmentActions.length < ahead.actions ? assessmentActions.at(-1)?.dueDate : undefined;
  return {
    period: next,
    milestones: live
      .flatMap((objective) =>
        objective.milestones
          .filter((milestone) => !milestone.doneOn && within(milestone.dueDate))
          .map((milestone) =>
            objectiveItem(objective, `milestones/${milestone.id}/description`, {
              description: milestone.description,
              owner: ownerName(milestone.owner || objective.owner),
              dueDate: milestone.dueDate,
            }),
          ),
      )
      .sort(byDue),
    actions: [...objectiveActions, ...assessmentActions]
      .filter((item) => last === undefined || item.dueDate <= last)
      .sort(byDue),
    actionCount: objectiveActions.length + ahead.actions,
    reviews: ahead.soonestReviews.map(withoutWelsh),
    reviewCount: ahead.reviews,
  };
}
