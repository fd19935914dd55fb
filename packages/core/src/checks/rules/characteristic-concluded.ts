import { defineRule, type RuleViolation } from '../rule.js';

export const characteristicConcluded = defineRule({
  id: 'characteristic-concluded',
  title: 'Every characteristic is concluded',
  defaultSeverity: 'error',
  section: 'analysis',
  scope: 'full_assessment',
  why: 'Due regard is to each of the statutory criteria by a conscious approach, not general regard to equality (Bracking, citing Meany); a characteristic nobody looked at is not neutral, it is unassessed.',
  hint: 'Conclude each characteristic as "no impact" (with reasoning and evidence) or "impacts identified" (with the impacts).',
  messages: {
    notAssessed: ({ characteristic }: { characteristic: string }) =>
      `${characteristic} has not been assessed.`,
  },
  evaluate: ({ assessment, characteristics, characteristicLabel }, say) => {
    const violations: RuleViolation[] = [];
    for (const { id } of characteristics) {
      if ((assessment.analysis[id]?.status ?? 'not_assessed') === 'not_assessed') {
        violations.push({
          message: say.notAssessed({ characteristic: characteristicLabel(id) }),
          path: `analysis.${id}.status`,
        });
      }
    }
    return violations;
  },
});
