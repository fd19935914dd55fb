import type { LifecycleState } from '../lifecycle/state.js';
import type { IsoDate } from '../schema/common.js';
import type { PeriodFacts } from './annual-facts.js';

// Which assessments an annual report speaks of, decided once here: the report reads them from the facts,
// and each store's query (annualTotals) selects the same ones with its indexes.

/** A period of whole days, both ends included. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export type Activity = 'created' | 'decided' | 'signed_off' | 'published' | 'reaffirmed' | 'withdrawn';

const signedOffStates: readonly LifecycleState[] = ['signed_off', 'published', 'superseded'];

/** The day the last stage of the chain approved it, for an assessment that reached sign-off. */
export function signedOffOn(facts: PeriodFacts, state: LifecycleState): IsoDate | undefined {
  return signedOffStates.includes(state) ? facts.lastApprovedOn : undefined;
}

/**
 * What happened to an assessment within the period. An assessment belongs in the annual report when
 * this is not empty: it was created, its decision was taken, it was signed off, published, reaffirmed
 * at review, or withdrawn in the period.
 */
export function activityIn(period: Period, facts: PeriodFacts, state: LifecycleState): Activity[] {
  const within = (day: IsoDate | undefined) => day !== undefined && day >= period.from && day <= period.to;
  const activity: Activity[] = [];
  if (within(facts.createdOn)) activity.push('created');
  if (within(facts.decisionDate)) activity.push('decided');
  if (within(signedOffOn(facts, state))) activity.push('signed_off');
  if (within(facts.publishedOn)) activity.push('published');
  if (facts.reaffirmedOn.some(within)) activity.push('reaffirmed');
  if (within(facts.withdrawnOn)) activity.push('withdrawn');
  return activity;
}

/** Signed off or published and not replaced: its actions and review date are still owed. */
export const inForce = (state: LifecycleState) => state === 'signed_off' || state === 'published';
