import {
  type AnnualFacts,
  type Impact,
  type IsoDate,
  type IsoDateTime,
  type LifecycleState,
  type LifecycleStatus,
  lifecycleStates,
  type Objective,
  type OrganisationData,
  type OutcomeKind,
  type Profile,
  profileCharacteristics,
  type Severity,
} from '@eqia/core';
import { isOverdue } from '../assessment/action-plan.js';
import { dayOf } from '../dates.js';
import { characteristicLabel } from '../labels.js';
import { type ObjectiveProgress, objectiveProgress } from '../objectives/objective-progress.js';
import { type AnnualDisparity, disparitiesIn } from './disparities.js';
import { type EngagementGroup, engagementOf } from './engagement.js';
import { type Activity, activityIn, inForce, type Period, signedOffOn } from './period.js';
import { type WhatNext, whatNext } from './what-next.js';

export interface AnnualReportInput extends Period {
  /**
   * Each assessment's annual facts (from its digest, or `annualFactsOf(assessment)`) and its lifecycle
   * status: the report never needs the whole content, so a store of thousands builds it in a second.
   */
  assessments: readonly { facts: AnnualFacts; status: LifecycleStatus }[];
  /** When the report is produced: the day against which actions and reviews are overdue. */
  now: IsoDateTime;
  profile: Profile;
  /** The organisation's equality objectives; those approved are reported with their progress. */
  objectives?: readonly Objective[];
  /**
   * The organisation's equality data for the year, as the SDK's `data.figures()` gives it: workforce
   * and caseload profiles already suppressed and compared with the census, and pay gaps.
   */
  data?: OrganisationData;
}

/** Impacts found on one characteristic for one audience, by direction. */
export interface ImpactTally {
  characteristic: string;
  audience: string;
  positive: number;
  negative: number;
  /** Of the negatives, how many were high severity before mitigation. */
  negativeHigh: number;
  neutral: number;
  unknown: number;
}

export interface AnnualAssessmentEntry {
  id: string;
  revision: number;
  title: string;
  reference: string;
  team: string;
  state: LifecycleState;
  outcome?: OutcomeKind;
  screenedOut: boolean;
  activity: Activity[];
  signedOffOn?: IsoDate;
  decisionDate?: IsoDate;
  nextReviewDate?: IsoDate;
  /** Characteristics with at least one negative impact, as labels. */
  negativeCharacteristics: string[];
}

export interface IntersectionalFinding {
  assessmentId: string;
  title: string;
  members: { characteristic: string; subgroup: string }[];
  audience: string;
  direction: Impact['direction'];
  severity?: Severity;
  description: string;
}

export interface OverdueAction {
  assessmentId: string;
  title: string;
  actionId: string;
  description: string;
  owner: string;
  dueDate: IsoDate;
}

export interface ReviewDue {
  assessmentId: string;
  title: string;
  nextReviewDate: IsoDate;
  overdue: boolean;
}

/** What the publication duty asks a body to show about a year of due regard: data, no markup. */
export interface AnnualReport {
  organisation: string;
  profileId: string;
  period: Period;
  generatedAt: IsoDateTime;
  /** The period ends after the day the report was produced: its figures are so far, not final. */
  periodOpen: boolean;
  /** Approved objectives with their progress as reported by the end of the period (or today). */
  objectives: ObjectiveProgress[];
  /**
   * Each policy once: the current revision of every assessment signed off or published in the period,
   * the ones people can read. Drafts, revisions under way and superseded revisions are not among them.
   */
  completed: { id: string; title: string; signedOffOn?: IsoDate; publishedOn?: IsoDate }[];
  /** Assessments with activity in the period (see `activityIn`). */
  assessmentCount: number;
  byState: Record<LifecycleState, number>;
  /** Screened-out assessments count as `screened_out`; those without an outcome yet as `none`. */
  byOutcome: Record<OutcomeKind | 'screened_out' | 'none', number>;
  screening: { decided: number; screenedOut: number; screenedOutRate: number | null };
  /** From the period's assessments in force (signed off or published, not replaced), each policy once. */
  impacts: ImpactTally[];
  intersectional: IntersectionalFinding[];
  /** Disparity analyses (comparisons with a census baseline) in the evidence of the same current records. */
  disparities: AnnualDisparity[];
  /** Actions of the period's assessments and of every assessment still in force. */
  actions: { open: number; inProgress: number; done: number; dropped: number; overdue: OverdueAction[] };
  /** In-force assessments whose review falls due by the end of the period. */
  reviews: ReviewDue[];
  assessments: AnnualAssessmentEntry[];
  /** The workforce and caseload profiles (small counts suppressed) and pay gaps of the data's period. */
  data: OrganisationData;
  /** Staff networks, boards and forums, from the profile. */
  engagement: EngagementGroup[];
  /** The year after the period: milestones, actions and reviews that fall due in it. */
  next: WhatNext;
}

const zeroCounts = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

const outcomeKeys = ['no_major_change', 'adjust', 'continue', 'stop', 'screened_out', 'none'] as const;

function tallyImpacts(records: readonly AnnualFacts[], profile: Profile): ImpactTally[] {
  const tallies = new Map<string, ImpactTally>();
  const characteristics = profileCharacteristics(profile).map((characteristic) => characteristic.id);
  const audiences = profile.audiences.map((audience) => audience.id);
  const tally = (characteristic: string, audience: string) => {
    const key = `${characteristic}\u0000${audience}`;
    let found = tallies.get(key);
    if (!found) {
      found = { characteristic, audience, positive: 0, negative: 0, negativeHigh: 0, neutral: 0, unknown: 0 };
      tallies.set(key, found);
    }
    return found;
  };
  // Every cell of the profile's grid exists, so a characteristic nobody found an impact on shows as zero.
  for (const characteristic of characteristics)
    for (const audience of audiences) tally(characteristic, audience);
  for (const facts of records) {
    for (const count of facts.impacts) {
      const cell = tally(count.characteristic, count.audience);
      cell.positive += count.positive ?? 0;
      cell.negative += count.negative ?? 0;
      cell.negativeHigh += count.negativeHigh ?? 0;
      cell.neutral += count.neutral ?? 0;
      cell.unknown += count.unknown ?? 0;
    }
  }
  const rank = (list: string[], id: string) => (list.includes(id) ? list.indexOf(id) : list.length);
  return [...tallies.values()].sort(
    (a, b) =>
      rank(characteristics, a.characteristic) - rank(characteristics, b.characteristic) ||
      a.characteristic.localeCompare(b.characteristic) ||
      rank(audiences, a.audience) - rank(audiences, b.audience) ||
      a.audience.localeCompare(b.audience),
  );
}

export function buildAnnualReport({
  assessments,
  from,
  to,
  now,
  profile,
  objectives = [],
  data = { profiles: [], payGaps: [] },
}: AnnualReportInput): AnnualReport {
  const period = { from, to };
  const today = dayOf(now);
  const characteristicIds = profileCharacteristics(profile).map((characteristic) => characteristic.id);
  const inPeriod = assessments
    .map((entry) => ({ ...entry, activity: activityIn(period, entry.facts, entry.status) }))
    .filter((entry) => entry.activity.length > 0);
  // What the organisation concluded: drafts and replaced revisions would count one policy two or three times.
  const current = inPeriod.filter((entry) => inForce(entry.status)).map((entry) => entry.facts);
  const asOf = to < today ? to : today;
  // The duty is continuing: actions of older assessments still in force are still owed.
  const owed = new Set([
    ...inPeriod.map((entry) => entry.facts),
    ...assessments.filter((entry) => inForce(entry.status)).map((entry) => entry.facts),
  ]);

  const byState = zeroCounts(lifecycleStates);
  const byOutcome = zeroCounts(outcomeKeys);
  for (const { facts, status } of inPeriod) {
    byState[status.state] += 1;
    byOutcome[facts.outcome ?? (facts.screening === 'not_required' ? 'screened_out' : 'none')] += 1;
  }
  const decided = inPeriod.filter((entry) => entry.facts.screening);
  const screenedOut = decided.filter((entry) => entry.facts.screening === 'not_required').length;

  const actions = { open: 0, inProgress: 0, done: 0, dropped: 0, overdue: [] as OverdueAction[] };
  for (const facts of owed) {
    for (const action of facts.actions) {
      if (action.status === 'in_progress') actions.inProgress += 1;
      else actions[action.status] += 1;
      if (isOverdue(action, today) && action.dueDate) {
        actions.overdue.push({
          assessmentId: facts.id,
          title: facts.title,
          actionId: action.id,
          description: action.description,
          owner: action.owner,
          dueDate: action.dueDate,
        });
      }
    }
  }
  actions.overdue.sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.assessmentId.localeCompare(b.assessmentId),
  );

  const reviews = assessments
    .filter((entry) => inForce(entry.status) && entry.facts.nextReviewDate !== undefined)
    .map(({ facts }) => ({
      assessmentId: facts.id,
      title: facts.title,
      nextReviewDate: facts.nextReviewDate as IsoDate,
      overdue: (facts.nextReviewDate as IsoDate) < today,
    }))
    .filter((review) => review.nextReviewDate <= to || review.overdue)
    .sort((a, b) => a.nextReviewDate.localeCompare(b.nextReviewDate));

  return {
    organisation: profile.organisation,
    profileId: profile.id,
    period,
    generatedAt: now,
    periodOpen: to >= today,
    objectives: objectives
      .filter((objective) => objective.status !== 'draft' && objective.status !== 'awaiting_approval')
      .map((objective) => objectiveProgress(objective, profile, period, asOf))
      .sort((a, b) => a.title.localeCompare(b.title)),
    completed: inPeriod
      .filter(
        (entry) =>
          inForce(entry.status) &&
          (entry.activity.includes('signed_off') || entry.activity.includes('published')),
      )
      .map(({ facts, status }) => {
        const signedOff = signedOffOn(facts, status);
        return {
          id: facts.id,
          title: facts.title,
          ...(signedOff && { signedOffOn: signedOff }),
          ...(facts.publishedOn && { publishedOn: facts.publishedOn }),
        };
      })
      .sort((a, b) => a.title.localeCompare(b.title)),
    assessmentCount: inPeriod.length,
    byState,
    byOutcome,
    screening: {
      decided: decided.length,
      screenedOut,
      screenedOutRate: decided.length === 0 ? null : screenedOut / decided.length,
    },
    impacts: tallyImpacts(current, profile),
    intersectional: current.flatMap((facts) =>
      facts.intersectional.map((impact) => ({ assessmentId: facts.id, title: facts.title, ...impact })),
    ),
    disparities: disparitiesIn(current),
    actions,
    reviews,
    assessments: inPeriod
      .map(({ facts, status, activity }) => entry(facts, status, activity, characteristicIds, profile))
      .sort((a, b) => a.id.localeCompare(b.id) || a.revision - b.revision),
    data,
    engagement: engagementOf(profile),
    next: whatNext(
      period,
      objectives,
      assessments.filter((entry) => inForce(entry.status)).map((entry) => entry.facts),
      profile,
    ),
  };
}

function entry(
  facts: AnnualFacts,
  status: LifecycleStatus,
  activity: Activity[],
  characteristicIds: readonly string[],
  profile: Profile,
): AnnualAssessmentEntry {
  const negative = new Set<string>();
  for (const count of facts.impacts) if (count.negative) negative.add(count.characteristic);
  for (const impact of facts.intersectional) {
    if (impact.direction === 'negative')
      for (const member of impact.members) negative.add(member.characteristic);
  }
  const signedOff = signedOffOn(facts, status);
  return {
    id: facts.id,
    revision: facts.revision,
    title: facts.title,
    reference: facts.reference,
    team: facts.team,
    state: status.state,
    ...(facts.outcome && { outcome: facts.outcome }),
    screenedOut: facts.screening === 'not_required',
    activity,
    ...(signedOff && { signedOffOn: signedOff }),
    ...(facts.decisionDate && { decisionDate: facts.decisionDate }),
    ...(facts.nextReviewDate && { nextReviewDate: facts.nextReviewDate }),
    negativeCharacteristics: characteristicIds
      .filter((id) => negative.has(id))
      .map((id) => characteristicLabel(profile, id)),
  };
}
