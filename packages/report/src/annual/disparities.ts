import type { DisparityFacts, PeriodFacts } from '@eqia/core';

export type { ComparedPopulation, FlaggedGroup } from '@eqia/core';

/** A disparity analysis attached to an assessment as evidence, as the annual report summarises it. */
export interface AnnualDisparity extends DisparityFacts {
  assessmentId: string;
  /** The assessment's title. */
  title: string;
}

/**
 * Every disparity analysis in these assessments' evidence, in their order. The digests hold the stored
 * results, which were suppressed when they were made, so the summary cannot reveal a small count either.
 */
export function disparitiesIn(assessments: readonly PeriodFacts[]): AnnualDisparity[] {
  return assessments.flatMap((facts) =>
    facts.disparities.map((disparity) => ({ assessmentId: facts.id, title: facts.title, ...disparity })),
  );
}
