import {
  type Activity,
  type AnnualFacts,
  type AnnualTotals,
  activityIn,
  annualTotalsOf,
  type Frozen,
  type Impact,
  type IsoDate,
  type IsoDateTime,
  inForce,
  type LifecycleState,
  type LifecycleStatus,
  lifecycleStates,
  type Objective,
  type OrganisationData,
  type OutcomeKind,
  type Period,
  type PeriodFacts,
  type Profile,
  profileCharacteristics,
  type Severity,
  schemaTyped,
  signedOffOn,
} from '@eqia/core';
import { dayOf } from '../dates.js';
import { characteristicLabel } from '../labels.js';
import { type ObjectiveProgress, objectiveProgress } from '../objectives/objective-progress.js';
import { withoutWelsh } from './annual-welsh.js';
import { type AnnualDisparity, disparitiesIn } from './disparities.js';
import { type EngagementGroup, engagementOf } from './engagement.js';
import { type WhatNext, whatNext } from './what-next.js';

interface AnnualReportOptions extends Period {
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
  /** Where the full list of overdue actions is published (a file name, an address), for the report to say. */
  overdueListAt?: string;
}

export type AnnualReportInput = AnnualReportOptions &
  (
    | {
        /**
         * What a store answered for this period (`client.annualTotals({ from, to, today, listed })`): the
         * way a store of thousands builds the report in a second.
         */
        totals: AnnualTotals;
      }
    | {
        /** Each assessment's annual facts (from its digest, or `annualFactsOf(assessment)`) and status. */
        assessments: readonly { facts: AnnualFacts; status: LifecycleStatus }[];
        /** How many overdue actions, reviews and next year's actions to list (50 when omitted). */
        listed?: number;
      }
  );

/** How many of each long list a report shows by default: a reader can use fifty rows, not half a million. */
export const LISTED = 50;

/** Impacts found on one characteristic for one audience, by direction. */
export interface ImpactTally {
  characteristic: string;
  audience: string;
  /**
   * The name of an assessment's own affected group, when the audience is one and not the profile's:
   * such groups are counted by name, since each assessment numbers its own.
   */
  group?: string;
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
  /** As ImpactTally's. */
  group?: string;
  direction: Impact['direction'];
  severity?: Severity;
  description: string;
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
  /**
   * Actions of the period's assessments and of every assessment still in force: counts, and the ones
   * overdue longest (as many as asked for); `overdueListAt` says where the full list is published.
   */
  actions: AnnualTotals['actions'] & { overdueListAt?: string };
  /** In-force assessments whose review falls due by the end of the period, or is overdue: the soonest. */
  reviews: AnnualTotals['reviews'];
  assessments: AnnualAssessmentEntry[];
  /** The workforce and caseload profiles (small counts suppressed) and pay gaps of the data's period. */
  data: OrganisationData;
  /** Staff networks, boards and forums, from the profile. */
  engagement: EngagementGroup[];
  /** The year after the period: milestones, actions and reviews that fall due in it. */
  next: WhatNext;
  /**
   * The Welsh of the assessments' texts this report shows (titles, teams, actions, findings, groups), by
   * their English, where it was written for the English as it is: a report in Welsh shows it in their place.
   */
  welsh: Record<string, string>;
}

const zeroCounts = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

const outcomeKeys = ['no_major_change', 'adjust', 'continue', 'stop', 'screened_out', 'none'] as const;

function tallyImpacts(records: readonly PeriodFacts[], profile: Profile): ImpactTally[] {
  const tallies = new Map<string, ImpactTally>();
  const characteristics = profileCharacteristics(profile).map((characteristic) => characteristic.id);
  const audiences = profile.audiences.map((audience) => audience.id);
  const tally = (characteristic: string, audience: string, group?: string) => {
    const key = `${characteristic}\u0000${group === undefined ? audience : `\u0000${group}`}`;
    let found = tallies.get(key);
    if (!found) {
      const zero = { positive: 0, negative: 0, negativeHigh: 0, neutral: 0, unknown: 0 };
      found = { characteristic, audience, ...(group !== undefined && { group }), ...zero };
      tallies.set(key, found);
    }
    return found;
  };
  // Every cell of the profile's grid exists, so a characteristic nobody found an impact on shows as zero.
  for (const characteristic of characteristics)
    for (const audience of audiences) tally(characteristic, audience);
  for (const facts of records) {
    for (const count of facts.impacts) {
      const cell = tally(count.characteristic, count.audience, ownGroup(profile, count));
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
      (a.group ?? a.audience).localeCompare(b.group ?? b.audience),
  );
}

/**
 * The name of the assessment's own group an impact is on, unless its audience is the profile's (an id
 * the profile names is the profile's audience, as an assessment's report reads it).
 */
function ownGroup(profile: Profile, { audience, group }: { audience: string; group?: string }) {
  return group !== undefined && !profile.audiences.some((known) => known.id === audience) ? group : undefined;
}

/**
 * The annual report's data. From `totals` when a store answered the query (the SDK's
 * `client.annualTotals`), or from every assessment's facts and status, counted here the same way.
 */
export function buildAnnualReport(given: Frozen<AnnualReportInput>): AnnualReport {
  // It only reads: frozen totals, objectives and data (what the SDK returns) pass as they are.
  const input = schemaTyped<AnnualReportInput>(given);
  const { from, to, now, profile, objectives = [], data = { profiles: [], payGaps: [] } } = input;
  const period = { from, to };
  const today = dayOf(now);
  const totals =
    'totals' in input
      ? input.totals
      : annualTotalsOf(
          input.assessments.map(({ facts, status }) => ({ facts, state: status.state })),
          { from, to, today, listed: input.listed ?? LISTED },
        );
  const characteristicIds = profileCharacteristics(profile).map((characteristic) => characteristic.id);
  // Each label looked up once a report, not once an assessment: each lookup lists the profile's
  // characteristics again.
  const labels = characteristicIds.map((id) => ({ id, label: characteristicLabel(profile, id) }));
  const inPeriod = totals.inPeriod.map((entry) => ({
    ...entry,
    activity: activityIn(period, entry.facts, entry.state),
  }));
  // What the organisation concluded: drafts and replaced revisions would count one policy two or three times.
  const current = inPeriod.filter((entry) => inForce(entry.state)).map((entry) => entry.facts);
  // Days compare as strings: the earlier of the two.
  const asOf = [to, today].sort()[0] ?? to;

  const byState = zeroCounts(lifecycleStates);
  const byOutcome = zeroCounts(outcomeKeys);
  for (const { facts, state } of inPeriod) {
    byState[state] += 1;
    byOutcome[facts.outcome ?? (facts.screening === 'not_required' ? 'screened_out' : 'none')] += 1;
  }
  const decided = inPeriod.filter((entry) => entry.facts.screening);
  const screenedOut = decided.filter((entry) => entry.facts.screening === 'not_required').length;

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
          inForce(entry.state) &&
          (entry.activity.includes('signed_off') || entry.activity.includes('published')),
      )
      .map(({ facts, state }) => {
        const signedOff = signedOffOn(facts, state);
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
      facts.intersectional.map((impact) => {
        // The group's name only where the report names the audience by it (ownGroup).
        const { group, ...rest } = impact;
        const own = ownGroup(profile, impact);
        return {
          assessmentId: facts.id,
          title: facts.title,
          ...rest,
          ...(own !== undefined && { group: own }),
        };
      }),
    ),
    disparities: disparitiesIn(current),
    actions: {
      ...totals.actions,
      longestOverdue: totals.actions.longestOverdue.map(withoutWelsh),
      ...(input.overdueListAt !== undefined && { overdueListAt: input.overdueListAt }),
    },
    reviews: { ...totals.reviews, soonest: totals.reviews.soonest.map(withoutWelsh) },
    assessments: inPeriod
      .map(({ facts, state, activity }) => entry(facts, state, activity, labels))
      .sort((a, b) => a.id.localeCompare(b.id) || a.revision - b.revision),
    data,
    engagement: engagementOf(profile),
    next: whatNext(totals.next, objectives, profile),
    welsh: welshIn(totals),
  };
}

/** The Welsh of every assessment's texts the totals hold, in one map (core's AnnualFacts' `welsh`). */
function welshIn(totals: AnnualTotals): Record<string, string> {
  const { inPeriod, actions, reviews, next } = totals;
  // Entries, not assignment: an English text may be any key ("__proto__" included).
  return Object.fromEntries(
    [
      ...inPeriod.map((entry) => entry.facts),
      ...actions.longestOverdue,
      ...reviews.soonest,
      ...next.soonestActions,
      ...next.soonestReviews,
    ].flatMap((entry) => Object.entries(entry.welsh ?? {})),
  );
}

function entry(
  facts: PeriodFacts,
  state: LifecycleState,
  activity: Activity[],
  labels: readonly { id: string; label: string }[],
): AnnualAssessmentEntry {
  const negative = new Set<string>();
  for (const count of facts.impacts) if (count.negative) negative.add(count.characteristic);
  for (const impact of facts.intersectional) {
    if (impact.direction === 'negative')
      for (const member of impact.members) negative.add(member.characteristic);
  }
  const signedOff = signedOffOn(facts, state);
  return {
    id: facts.id,
    revision: facts.revision,
    title: facts.title,
    reference: facts.reference,
    team: facts.team,
    state,
    ...(facts.outcome && { outcome: facts.outcome }),
    screenedOut: facts.screening === 'not_required',
    activity,
    ...(signedOff && { signedOffOn: signedOff }),
    ...(facts.decisionDate && { decisionDate: facts.decisionDate }),
    ...(facts.nextReviewDate && { nextReviewDate: facts.nextReviewDate }),
    negativeCharacteristics: labels.filter(({ id }) => negative.has(id)).map(({ label }) => label),
  };
}
