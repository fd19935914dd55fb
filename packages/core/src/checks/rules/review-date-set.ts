import { addMonths } from '../dates.js';
import { clockRule } from '../rule.js';

export const reviewDateSet = clockRule({
  id: 'review-date-set',
  title: 'A review date is set, in the future, within the profile’s interval',
  defaultSeverity: 'error',
  section: 'monitoring',
  scope: 'all',
  why: 'The duty is continuing (Brown principle 5; Bridges): an assessment must be revisited as evidence and circumstances change, within the organisation’s review interval.',
  hint: 'Set the next review date after today and no later than the profile’s review interval from today; reaffirm or revise an assessment whose review has passed.',
  messages: {
    none: 'No review date is set.',
    passed: ({ next, today }: { next: string; today: string }) =>
      `The review date ${next} has passed (today is ${today}).`,
    tooFar: ({ next, months, latest }: { next: string; months: number; latest: string }) =>
      `The review date ${next} is more than ${months} months away (the latest is ${latest}).`,
  },
  // A reaffirmation sets the date the assessment is next due.
  facts: ({ assessment: { monitoring } }) => ({
    next: monitoring.reaffirmations.at(-1)?.nextReviewDate ?? monitoring.nextReviewDate ?? null,
  }),
  judge: ({ next }, { profile, today }, say) => {
    const path = 'monitoring.nextReviewDate';
    if (!next) return [{ message: say.none, path }];
    if (next <= today) return [{ message: say.passed({ next, today }), path }];
    const latest = addMonths(today, profile.reviewIntervalMonths);
    if (next > latest) {
      return [
        {
          message: say.tooFar({ next, months: profile.reviewIntervalMonths, latest }),
          path,
        },
      ];
    }
    return [];
  },
});
