import type { IsoDate, Objective, ObjectiveAttention, ObjectiveStatus, Profile, Rag } from '@eqia/core';
import { latestUpdate, objectiveAttention, staleObjectiveWelsh } from '@eqia/core/objectives';
import { characteristicLabel } from '../labels.js';

/** One success measure against its target: the latest value reported by the day of the report. */
export interface MeasureProgress {
  indicator: string;
  unit: string;
  baseline?: number;
  target: number;
  latest?: { value: number; asOf: IsoDate };
  /** Whether the latest value has reached the target (in the measure's better direction). */
  met: boolean;
}

/** An objective as a report shows it on a day: where it is, its measures, and what changed. */
export interface ObjectiveProgress {
  id: string;
  title: string;
  statement: string;
  owner: { id: string; name: string; jobTitle: string };
  status: ObjectiveStatus;
  period: { start: IsoDate; end: IsoDate };
  characteristics: string[];
  rag?: Rag;
  lastUpdate?: { asOf: IsoDate; narrative: string };
  measures: MeasureProgress[];
  milestones: { description: string; dueDate: IsoDate; doneOn?: IsoDate; overdue: boolean }[];
  /** "What changed as a result" of each update reported in the period, oldest first. */
  changes: { asOf: IsoDate; text: string }[];
  /** What needs attention on the day, with the values each is worded from (core's objectiveAttention). */
  attention: ObjectiveAttention[];
  /**
   * The Welsh of the texts shown, where written, by the text's place in this entry (`title`,
   * `lastUpdate.narrative`, `milestones.0.description`…): absent when none is.
   */
  welsh?: Record<string, string>;
  /** The places whose Welsh was written for English that has changed since (core's `staleObjectiveWelsh`). */
  staleWelsh?: string[];
}

/** Only what was reported by `asOf` counts, so a report for a past period shows the past. */
export function objectiveProgress(
  objective: Objective,
  profile: Profile,
  period: { from: IsoDate; to: IsoDate },
  asOf: IsoDate,
): ObjectiveProgress {
  const reported = { ...objective, updates: objective.updates.filter((update) => update.asOf <= asOf) };
  const last = latestUpdate(reported);
  const owner = profile.users.find((user) => user.id === objective.owner);
  const changed = reported.updates.filter(
    (update) => update.whatChanged && update.asOf >= period.from && update.asOf <= period.to,
  );
  const measures = objective.measures.map((measure): MeasureProgress => {
    const latest = reported.updates
      .flatMap((update) =>
        update.values
          .filter((value) => value.measure === measure.id)
          .map((value) => ({ value: value.value, asOf: update.asOf })),
      )
      .sort((a, b) => a.asOf.localeCompare(b.asOf))
      .at(-1);
    const met =
      latest !== undefined &&
      (measure.better === 'lower' ? latest.value <= measure.target : latest.value >= measure.target);
    return {
      indicator: measure.indicator,
      unit: measure.unit,
      ...(measure.baseline !== undefined && { baseline: measure.baseline }),
      target: measure.target,
      ...(latest && { latest }),
      met,
    };
  });
  const progress: ObjectiveProgress = {
    id: objective.id,
    title: objective.title,
    statement: objective.statement,
    owner: { id: objective.owner, name: owner?.name ?? objective.owner, jobTitle: owner?.jobTitle ?? '' },
    status: objective.status,
    period: objective.period,
    characteristics: objective.characteristics.map((id) => characteristicLabel(profile, id)),
    ...(last && { rag: last.rag, lastUpdate: { asOf: last.asOf, narrative: last.narrative } }),
    measures,
    milestones: objective.milestones.map((milestone) => ({
      description: milestone.description,
      dueDate: milestone.dueDate,
      ...(milestone.doneOn && milestone.doneOn <= asOf && { doneOn: milestone.doneOn }),
      overdue: !(milestone.doneOn && milestone.doneOn <= asOf) && milestone.dueDate < asOf,
    })),
    changes: changed.map((update) => ({ asOf: update.asOf, text: update.whatChanged })),
    attention: objectiveAttention(reported, asOf),
  };
  // Where each text shown came from in the objective: its place here, then its text key there.
  const sources: [string, string][] = [
    ['title', 'title'],
    ['statement', 'statement'],
    ...(last ? [['lastUpdate.narrative', `updates/${last.id}/narrative`] as [string, string]] : []),
    ...objective.measures.map((m, i): [string, string] => [
      `measures.${i}.indicator`,
      `measures/${m.id}/indicator`,
    ]),
    ...objective.milestones.map((m, i): [string, string] => [
      `milestones.${i}.description`,
      `milestones/${m.id}/description`,
    ]),
    ...changed.map((u, i): [string, string] => [`changes.${i}.text`, `updates/${u.id}/whatChanged`]),
  ];
  return { ...progress, ...welshOfShown(objective, sources) };
}

/** The Welsh of the texts shown, by place, and which of it is out of date. */
function welshOfShown(objective: Objective, sources: readonly [string, string][]) {
  const outOfDate = new Set(staleObjectiveWelsh(objective).map((field) => field.key));
  const welsh: Record<string, string> = {};
  const staleWelsh: string[] = [];
  for (const [place, key] of sources) {
    const text = objective.welsh?.[key];
    if (text === undefined || text.trim() === '') continue;
    welsh[place] = text;
    if (outOfDate.has(key)) staleWelsh.push(place);
  }
  return {
    ...(Object.keys(welsh).length > 0 && { welsh }),
    ...(staleWelsh.length > 0 && { staleWelsh }),
  };
}
