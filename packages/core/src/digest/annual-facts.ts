import type { ActionStatus } from '../schema/action.js';
import type { IsoDate } from '../schema/common.js';
import type { Impact } from '../schema/impact.js';
import type { OutcomeKind } from '../schema/outcome.js';
import type { ScreeningDecisionKind } from '../schema/screening.js';
import type { DisparityFacts } from './disparity-facts.js';

/**
 * How many impacts one assessment found on one characteristic for one audience, by direction. A count
 * of zero is left out: digests of ten thousand assessments are parsed whole, so every byte counts.
 */
export interface ImpactCount {
  characteristic: string;
  audience: string;
  /**
   * The name of the assessment's own affected group (`policy.otherGroups`) when the audience is one: its
   * id means nothing outside the assessment, so a report names and counts it by this.
   */
  group?: string;
  positive?: number;
  negative?: number;
  /** Positive for some who share the characteristic, negative for others. */
  mixed?: number;
  /** Of the negatives, how many were high severity before mitigation. */
  negativeHigh?: number;
  neutral?: number;
  unknown?: number;
}

/** An impact on an intersection of characteristics, as a summary shows it. */
export interface IntersectionalFacts {
  members: { characteristic: string; subgroup: string }[];
  audience: string;
  /** As ImpactCount's. */
  group?: string;
  direction: Impact['direction'];
  severity?: Impact['severity'];
  description: string;
}

export interface ActionFacts {
  id: string;
  status: ActionStatus;
  description: string;
  owner: string;
  dueDate?: IsoDate;
}

/**
 * What an annual report reads of one assessment: its activity dates, outcome, impacts, disparity
 * analyses and actions. Days are UTC calendar days, as the report compares them with its period.
 */
export interface AnnualFacts {
  id: string;
  revision: number;
  title: string;
  reference: string;
  team: string;
  createdOn: IsoDate;
  decisionDate?: IsoDate;
  /** The day of the last approval that approved (any stage): the sign-off day once signed off. */
  lastApprovedOn?: IsoDate;
  publishedOn?: IsoDate;
  reaffirmedOn: IsoDate[];
  withdrawnOn?: IsoDate;
  screening?: ScreeningDecisionKind;
  outcome?: OutcomeKind;
  nextReviewDate?: IsoDate;
  /** Only the characteristic × audience cells with an impact, in the order the assessment has them. */
  impacts: ImpactCount[];
  intersectional: IntersectionalFacts[];
  disparities: DisparityFacts[];
  actions: ActionFacts[];
  /**
   * The Welsh of the texts above, by their English, where it was written for the English as it is
   * (`annualWelshOf`): a Welsh annual report shows it in their place. Absent when there is none.
   */
  welsh?: Record<string, string>;
}

/**
 * An assessment of the period as the annual report reads it: its annual facts without the actions, which
 * the report reads only as counted and listed over every assessment owed (`AnnualTotals['actions']`).
 */
export type PeriodFacts = Omit<AnnualFacts, 'actions'>;

/** The facts without their actions: what an annual answer gives of each assessment of the period. */
export function periodFactsOf(facts: AnnualFacts): PeriodFacts {
  const { actions: _, ...period } = facts;
  return period;
}
