import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const engagementResponsesRecorded = defineRule({
  id: 'engagement-responses-recorded',
  title: 'Each engagement records what people said and what changed',
  defaultSeverity: 'warning',
  section: 'engagement',
  scope: 'full_assessment',
  why: 'The decision maker must get an adequate flavour of the responses (Bracking), and consultation must be conscientiously taken into account (Gunning criteria), which the record shows by what changed.',
  hint: 'For each engagement, record the date, a fair summary of what was said (including objections) and what changed as a result, or why nothing did.',
  messages: {
    notRecorded: ({ who, missing }: { who: string; missing: string }) =>
      `The engagement with ${who} does not record ${missing}.`,
    date: 'when it happened',
    whatTheySaid: 'what they said',
    whatChanged: 'what changed as a result',
  },
  evaluate: ({ assessment, list }, say) => {
    const violations: RuleViolation[] = [];
    assessment.engagement.forEach((engagement, index) => {
      const missing = [
        !engagement.date && say.date,
        isBlank(engagement.whatTheySaid) && say.whatTheySaid,
        isBlank(engagement.whatChanged) && say.whatChanged,
      ].filter((part): part is string => typeof part === 'string');
      if (missing.length > 0) {
        violations.push({
          message: say.notRecorded({ who: engagement.who, missing: list(missing) }),
          path: `engagement.${index}`,
        });
      }
    });
    return violations;
  },
});
