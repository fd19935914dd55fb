import { dayOf } from '../dates.js';
import type { Rule, RuleViolation } from '../rule.js';

export const dueRegardBeforeDecision: Rule = {
  id: 'due-regard-before-decision',
  title: 'Due regard is paid before the decision',
  defaultSeverity: 'error',
  section: 'decision',
  scope: 'all',
  why: 'The duty must be fulfilled before and at the time the policy is considered, not to justify a decision already made (Brown principle 2; Bracking para 26(4)). A screening or analysis dated after the decision, or a record that the decision was already taken, shows it was not.',
  hint: 'If the dates are wrong, correct them. If the decision was taken first, the assessment cannot cure it: put the decision back before the decision maker with this assessment.',
  evaluate: ({ assessment }) => {
    const { date, alreadyTaken, assessedOn } = assessment.decision;
    const violations: RuleViolation[] = [];
    if (alreadyTaken) {
      violations.push({
        message: 'The record says the decision was already taken when this assessment was done.',
        path: 'decision.alreadyTaken',
      });
    }
    if (!date) return violations;
    const screenedAt = assessment.screening.decision?.decidedAt;
    if (screenedAt && dayOf(screenedAt) > date) {
      violations.push({
        message: `The screening is dated ${dayOf(screenedAt)}, after the decision on ${date}.`,
        path: 'screening.decision.decidedAt',
      });
    }
    if (assessedOn && assessedOn > date) {
      violations.push({
        message: `The analysis is dated ${assessedOn}, after the decision on ${date}.`,
        path: 'decision.assessedOn',
      });
    }
    return violations;
  },
};
