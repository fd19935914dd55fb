import { type AssessmentSummary, finalStates } from '@eqia/core/light';
import { filterSummaries } from './filter-summaries.js';
import type { OverdueAction } from './results.js';

/*
 * What is due on a day, from summaries alone. Pure, like filter-summaries.ts, so a reader with only a
 * store (eqia due, through `@eqia/sdk/light`) answers exactly as the client's queries do.
 */

/** Signed off or published, with the next review date on or before `day` (YYYY-MM-DD); soonest first. */
export function reviewsDue(summaries: readonly AssessmentSummary[], day: string): AssessmentSummary[] {
  return filterSummaries(summaries, { state: ['signed_off', 'published'] })
    .filter((summary) => summary.nextReviewDate !== undefined && summary.nextReviewDate <= day)
    .sort(
      (a, b) => (a.nextReviewDate ?? '').localeCompare(b.nextReviewDate ?? '') || a.id.localeCompare(b.id),
    );
}

/** Open or in-progress actions due before `day`, on assessments still in force; earliest first. */
export function actionsOverdue(summaries: readonly AssessmentSummary[], day: string): OverdueAction[] {
  return summaries
    .filter((summary) => !finalStates.includes(summary.state))
    .flatMap((summary) =>
      summary.openActions
        .filter((action) => action.dueDate !== undefined && action.dueDate < day)
        .map((action) => ({
          assessmentId: summary.id,
          title: summary.title,
          actionId: action.id,
          dueDate: action.dueDate as string,
        })),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.assessmentId.localeCompare(b.assessmentId));
}
