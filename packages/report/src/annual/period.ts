import type { Assessment, IsoDate, LifecycleStatus } from '@eqia/core';
import { dayOf } from '../dates.js';

/** A period of whole days, both ends included. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export type Activity = 'created' | 'decided' | 'signed_off' | 'published' | 'reaffirmed' | 'withdrawn';

const signedOffStates: LifecycleStatus['state'][] = ['signed_off', 'published', 'superseded'];

/** The day the last stage of the chain approved it, for an assessment that reached sign-off. */
export function signedOffOn(assessment: Assessment, status: LifecycleStatus): IsoDate | undefined {
  if (!signedOffStates.includes(status.state)) return undefined;
  const approvals = assessment.review.approvals.filter((approval) => approval.decision === 'approved');
  const last = approvals.at(-1);
  return last ? dayOf(last.at) : undefined;
}

/**
 * What happened to an assessment within the period. An assessment belongs in the annual report when
 * this is not empty: it was created, its decision was taken, it was signed off, published, reaffirmed
 * at review, or withdrawn in the period.
 */
export function activityIn(period: Period, assessment: Assessment, status: LifecycleStatus): Activity[] {
  const within = (day: IsoDate | undefined) => day !== undefined && day >= period.from && day <= period.to;
  const activity: Activity[] = [];
  if (within(dayOf(assessment.createdAt))) activity.push('created');
  if (within(assessment.decision.date)) activity.push('decided');
  if (within(signedOffOn(assessment, status))) activity.push('signed_off');
  if (assessment.publication && within(dayOf(assessment.publication.publishedAt))) activity.push('published');
  if (assessment.monitoring.reaffirmations.some((reaffirmation) => within(dayOf(reaffirmation.at)))) {
    activity.push('reaffirmed');
  }
  if (assessment.withdrawal && within(dayOf(assessment.withdrawal.at))) activity.push('withdrawn');
  return activity;
}

/** Signed off or published and not replaced: its actions and review date are still owed. */
export const inForce = (status: LifecycleStatus) =>
  status.state === 'signed_off' || status.state === 'published';
