import type { Monitoring } from '@eqia/core';
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
    setContext([
      `The duty is continuing: say how you will watch the effect. Reviews are due within ${profile.reviewIntervalMonths} months.`,
    ]);
    const arrangements = await ask.text({
      label: 'How will the policy be monitored, and by whom?',
      initial: monitoring().arrangements,
      required: true,
    });
    await save('monitoring', assign({ arrangements }), 'Monitoring arrangements saved');
    const nextReviewDate = await ask.text({
      label: 'Next review date (YYYY-MM-DD)',
      initial: monitoring().nextReviewDate ?? suggestedReviewDate(today(), profile.reviewIntervalMonths),
      validate: validateDate,
      required: true,
    });
    await save('monitoring', assign<Monitoring>({ nextReviewDate }), `Next review: ${nextReviewDate}`);
  },
);
