import { addMonths, dayOf } from '../checks/dates.js';
import { attentionWording, englishAttentionWords } from '../labels/attention-words.js';
import type { CharacteristicId, IsoDate, UserId } from '../schema/common.js';
import type { Objective, ObjectiveStatus, Rag } from './objective.js';

/** What a list of objectives shows, without the plan and the updates. */
export interface ObjectiveSummary {
  id: string;
  version: number;
  title: string;
  owner: UserId;
  status: ObjectiveStatus;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  characteristics: CharacteristicId[];
  /** The RAG and day of the latest progress update, if there is one. */
  rag?: Rag;
  lastUpdateOn?: IsoDate;
  updatedAt: string;
}

export function objectiveSummaryOf(objective: Objective, version: number): ObjectiveSummary {
  const last = latestUpdate(objective);
  return {
    id: objective.id,
    version,
    title: objective.title,
    owner: objective.owner,
    status: objective.status,
    periodStart: objective.period.start,
    periodEnd: objective.period.end,
    characteristics: objective.characteristics,
    ...(last && { rag: last.rag, lastUpdateOn: last.asOf }),
    updatedAt: objective.updatedAt,
  };
}

/** The update reporting on the latest day (the last recorded, when two report on the same day). */
export function latestUpdate(objective: Objective) {
  return objective.updates.reduce<Objective['updates'][number] | undefined>(
    (latest, update) => (!latest || update.asOf >= latest.asOf ? update : latest),
    undefined,
  );
}

/** The Specific Duties Regulations 2017 (England) ask for objectives at least every four years. */
export const MAX_OBJECTIVE_YEARS = 4;
/** Progress is reported to the Board quarterly. */
export const PROGRESS_UPDATE_MONTHS = 3;

/**
 * Something about an objective an equality lead should act on, in words, with the reason; the values
 * the words are made of ride along, so a report can word it in another language.
 */
export type ObjectiveAttention = { message: string } & AttentionFound;
/** What needs attention, without its words. */
export type AttentionFound =
  | { kind: 'period_too_long'; start: IsoDate; end: IsoDate; years: number }
  | { kind: 'review_due'; end: IsoDate }
  | { kind: 'update_due'; since: IsoDate; months: number }
  | { kind: 'milestone_overdue'; milestone: string; dueDate: IsoDate };

/**
 * What needs attention today: a period past four years, an update or review due, a late milestone. Its
 * message is English; a client words it again from its kind and fields (`attentionWording`).
 */
export function objectiveAttention(objective: Objective, today: IsoDate): ObjectiveAttention[] {
  return attentionFound(objective, today).map((item) => ({
    ...item,
    message: attentionWording(englishAttentionWords, item),
  }));
}

function attentionFound(objective: Objective, today: IsoDate): AttentionFound[] {
  const found: AttentionFound[] = [];
  const { period } = objective;
  if (addMonths(period.start, MAX_OBJECTIVE_YEARS * 12) < period.end)
    found.push({
      kind: 'period_too_long',
      start: period.start,
      end: period.end,
      years: MAX_OBJECTIVE_YEARS,
    });
  const live = objective.status === 'approved' || objective.status === 'in_progress';
  if (!live) return found;
  if (period.end < today)
    found.push({
      kind: 'review_due',
      end: period.end,
    });
  const approved = objective.approvals.at(-1)?.at;
  const last = latestUpdate(objective)?.asOf ?? (approved ? dayOf(approved) : period.start);
  if (addMonths(last, PROGRESS_UPDATE_MONTHS) < today)
    found.push({
      kind: 'update_due',
      since: last,
      months: PROGRESS_UPDATE_MONTHS,
    });
  for (const milestone of objective.milestones)
    if (!milestone.doneOn && milestone.dueDate < today)
      found.push({
        kind: 'milestone_overdue',
        milestone: milestone.description,
        dueDate: milestone.dueDate,
      });
  return found;
}
