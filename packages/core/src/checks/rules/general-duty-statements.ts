import { aims } from '../../catalogue/aims.js';
import { Aim } from '../../schema/common.js';
import type { Rule, RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const generalDutyStatements: Rule = {
  id: 'general-duty-statements',
  title: 'A statement for each of the three aims of the general duty',
  defaultSeverity: 'error',
  section: 'generalDuty',
  scope: 'full_assessment',
  why: 'Section 149(1) requires due regard to three distinct needs: eliminating discrimination, advancing equality of opportunity and fostering good relations; regard must be to each of them specifically, not to equality in general (Bracking, citing Meany).',
  hint: 'Write how the policy, as adjusted, serves each aim: (a) eliminate discrimination, (b) advance equality of opportunity, (c) foster good relations.',
  examples: {
    pass: 'Three statements, e.g. (c): "Hearing children directly and monitoring outcomes by ethnicity respond to what young people told us about trust."',
    fail: 'Aim (c), fostering good relations, left empty.',
  },
  evaluate: ({ assessment }) => {
    const violations: RuleViolation[] = [];
    for (const aim of Aim.options) {
      if (isBlank(assessment.generalDuty[aim])) {
        const { limb, label } = aims[aim];
        violations.push({
          message: `There is no statement for aim ${limb}: ${label.toLowerCase()}.`,
          path: `generalDuty.${aim}`,
        });
      }
    }
    return violations;
  },
};
