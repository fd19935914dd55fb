import { dayOf } from '../dates.js';
import { defineRule, type RuleViolation } from '../rule.js';

export const dueRegardBeforeDecision = defineRule({
  id: 'due-regard-before-decision',
  title: 'Due regard is paid before the decision',
  defaultSeverity: 'error',
  section: 'decision',
  scope: 'all',
  why: 'The duty must be fulfilled before and at the time the policy is considered, not to justify a decision already made (Brown principle 2; Bracking para 26(4)). A screening or analysis dated after the decision, or a record that the decision was already taken, shows it was not.',
  hint: 'If the dates are wrong, correct them. If the decision was taken first, the assessment cannot cure it: put the decision back before the decision maker with this assessment.',
  messages: {
    alreadyTaken: 'The record says the decision was already taken when this assessment was done.',
    screenedAfter: ({ screened, decided }: { screened: string; decided: string }) =>
      `The screening is dated ${screened}, after the decision on ${decided}.`,
    assessedAfter: ({ assessed, decided }: { assessed: string; decided: string }) =>
      `The analysis is dated ${assessed}, after the decision on ${decided}.`,
  },
  evaluate: ({ assessment }, say) => {
    const { date, alreadyTaken, assessedOn } = assessment.decision;
    const violations: RuleViolation[] = [];
    if (alreadyTaken) {
      violations.push({
        message: say.alreadyTaken,
        path: 'decision.alreadyTaken',
      });
    }
    if (!date) return violations;
    const screenedAt = assessment.screening.decision?.decidedAt;
    if (screenedAt && dayOf(screenedAt) > date) {
      violations.push({
        message: say.screenedAfter({ screened: dayOf(screenedAt), decided: date }),
        path: 'screening.decision.decidedAt',
      });
    }
    if (assessedOn && assessedOn > date) {
      violations.push({
        message: say.assessedAfter({ assessed: assessedOn, decided: date }),
        path: 'decision.assessedOn',
      });
    }
    return violations;
  },
});
