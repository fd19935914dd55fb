import { type AnnualFacts, addMonths, type IsoDate, type Objective, type Profile } from '@eqia/core';
import type { Period } from './period.js';

/** One thing due in the next period: a milestone or an action, and what it belongs to. */
export interface NextItem {
  /** The objective or assessment it belongs to, by title. */
  of: string;
  description: string;
  owner: string;
  dueDate: IsoDate;
}

/** What comes next: the year after the period, and what falls due in it. */
export interface WhatNext {
  period: Period;
  /** Milestones of the objectives in progress, not done, due in the next period. */
  milestones: NextItem[];
  /** Open actions of the objectives and of the assessments in force, due in the next period. */
  actions: NextItem[];
  /** Assessments in force whose review falls due in the next period. */
  reviews: { assessmentId: string; title: string; nextReviewDate: IsoDate }[];
}

const day = (date: IsoDate, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const byDue = (a: NextItem, b: NextItem) => a.dueDate.localeCompare(b.dueDate) || a.of.localeCompare(b.of);

/**
 * The twelve months after the period: milestones and actions that fall due then, and reviews. What is
 * already overdue is reported with the period's actions; this is what the organisation has ahead.
 */
export function whatNext(
  period: Period,
  objectives: readonly Objective[],
  inForce: readonly AnnualFacts[],
  profile: Profile,
): WhatNext {
  const next = { from: day(period.to, 1), to: addMonths(period.to, 12) };
  const within = (due: IsoDate | undefined): due is IsoDate =>
    due !== undefined && due >= next.from && due <= next.to;
  const ownerName = (owner: string) => profile.users.find((user) => user.id === owner)?.name ?? owner;
  const live = objectives.filter(
    (objective) => objective.status === 'approved' || objective.status === 'in_progress',
  );
  const open = (status: string) => status === 'open' || status === 'in_progress';
  return {
    period: next,
    milestones: live
      .flatMap((objective) =>
        objective.milestones
          .filter((milestone) => !milestone.doneOn && within(milestone.dueDate))
          .map((milestone) => ({
            of: objective.title,
            description: milestone.description,
            owner: ownerName(milestone.owner || objective.owner),
            dueDate: milestone.dueDate,
          })),
      )
      .sort(byDue),
    actions: [
      ...live.flatMap((objective) =>
        objective.actions.flatMap((action) =>
          open(action.status) && within(action.dueDate)
            ? [
                {
                  of: objective.title,
                  description: action.description,
                  owner: ownerName(action.owner || objective.owner),
                  dueDate: action.dueDate,
                },
              ]
            : [],
        ),
      ),
      ...inForce.flatMap((facts) =>
        facts.actions.flatMap((action) =>
          open(action.status) && within(action.dueDate)
            ? [
                {
                  of: facts.title,
                  description: action.description,
                  owner: ownerName(action.owner),
                  dueDate: action.dueDate,
                },
              ]
            : [],
        ),
      ),
    ].sort(byDue),
    reviews: inForce
      .filter((facts) => within(facts.nextReviewDate))
      .map((facts) => ({
        assessmentId: facts.id,
        title: facts.title,
        nextReviewDate: facts.nextReviewDate as IsoDate,
      }))
      .sort((a, b) => a.nextReviewDate.localeCompare(b.nextReviewDate)),
  };
}
