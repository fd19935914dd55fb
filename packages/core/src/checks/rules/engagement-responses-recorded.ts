import type { Rule, RuleViolation } from '../rule.js';
import { isBlank, listInWords } from '../text.js';

export const engagementResponsesRecorded: Rule = {
  id: 'engagement-responses-recorded',
  title: 'Each engagement records what people said and what changed',
  defaultSeverity: 'warning',
  section: 'engagement',
  scope: 'full_assessment',
  why: 'The decision maker must get an adequate flavour of the responses (Bracking), and consultation must be conscientiously taken into account (Gunning criteria), which the record shows by what changed.',
  hint: 'For each engagement, record the date, a fair summary of what was said (including objections) and what changed as a result, or why nothing did.',
  evaluate: ({ assessment }) => {
    const violations: RuleViolation[] = [];
    assessment.engagement.forEach((engagement, index) => {
      const missing = [
        !engagement.date && 'when it happened',
        isBlank(engagement.whatTheySaid) && 'what they said',
        isBlank(engagement.whatChanged) && 'what changed as a result',
      ].filter((part): part is string => typeof part === 'string');
      if (missing.length > 0) {
        violations.push({
          message: `The engagement with ${engagement.who} does not record ${listInWords(missing)}.`,
          path: `engagement.${index}`,
        });
      }
    });
    return violations;
  },
};
