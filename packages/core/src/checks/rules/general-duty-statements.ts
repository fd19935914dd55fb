import { jurisdictionOf } from '../../catalogue/jurisdictions.js';
import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const generalDutyStatements = defineRule({
  id: 'general-duty-statements',
  title: 'A statement for each of the three aims of the general duty',
  defaultSeverity: 'error',
  section: 'generalDuty',
  scope: 'full_assessment',
  why: 'Section 149(1) requires due regard to three distinct needs: eliminating discrimination, advancing equality of opportunity and fostering good relations; regard must be to each of them specifically, not to equality in general (Bracking, citing Meany). Under section 75 of the Northern Ireland Act 1998 the aims are equality of opportunity (s.75(1)) and good relations (s.75(2)).',
  hint: 'Write how the policy, as adjusted, serves each aim of the profile’s jurisdiction: in England, Wales and Scotland (a) eliminate discrimination, (b) advance equality of opportunity, (c) foster good relations; in Northern Ireland s.75(1) and s.75(2).',
  messages: {
    noStatement: ({ limb, aim }: { limb: string; aim: string }) =>
      `There is no statement for aim ${limb}: ${aim}.`,
  },
  evaluate: ({ assessment, profile, language }, say) => {
    const violations: RuleViolation[] = [];
    for (const { aim, limb, label } of jurisdictionOf(profile).aims) {
      if (isBlank(assessment.generalDuty[aim])) {
        violations.push({
          message: say.noStatement({ limb, aim: language.aimLabel(aim, label).toLowerCase() }),
          path: `generalDuty.${aim}`,
        });
      }
    }
    return violations;
  },
});
