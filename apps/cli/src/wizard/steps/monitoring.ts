import type { Monitoring } from '@eqia/core';
import { msg, question } from '../../messages/ui-language.js';
import { assign, validateDate } from './fields.js';
import { sectionStep } from './section-step.js';

/** The review date the profile's interval suggests, counted from today. */
export function suggestedReviewDate(today: string, months: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export const monitoringStep = sectionStep(
  'monitoring',
  async ({ ask, save, assessment, profile, setContext, today }) => {
    const monitoring = () => assessment().monitoring;
    setContext([msg.monitoring.guidance({ months: profile.reviewIntervalMonths })]);
    const arrangements = await ask.text({
      ...question((m) => m.monitoring.arrangements),
      initial: monitoring().arrangements,
      required: true,
    });
    await save('monitoring', assign({ arrangements }), msg.monitoring.savedArrangements);
    const nextReviewDate = await ask.text({
      ...question((m) => m.monitoring.nextReview),
      initial: monitoring().nextReviewDate ?? suggestedReviewDate(today(), profile.reviewIntervalMonths),
      validate: validateDate,
      required: true,
    });
    await save(
      'monitoring',
      assign<Monitoring>({ nextReviewDate }),
      msg.monitoring.savedNextReview({ date: nextReviewDate }),
    );
  },
);
