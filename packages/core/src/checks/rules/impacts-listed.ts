import { inSentence } from '../../labels/label.js';
import { defineRule, type RuleViolation } from '../rule.js';

export const impactsListed = defineRule({
  id: 'impacts-listed',
  title: 'Conclusions match the impacts listed',
  defaultSeverity: 'error',
  section: 'analysis',
  scope: 'full_assessment',
  why: 'Bracking requires the precise envisaged impacts to be identified: "impacts identified" needs the impacts, and "no impact" cannot sit beside a listed harm or benefit.',
  hint: 'Describe each impact found, or change the conclusion to match what the analysis shows.',
  messages: {
    noneDescribed: ({ characteristic }: { characteristic: string }) =>
      `${characteristic} is concluded as having impacts, but none is described.`,
    listsImpact: ({
      characteristic,
      direction,
      impact,
    }: {
      characteristic: string;
      direction: string;
      impact: string;
    }) => `${characteristic} is concluded as no impact, but lists the ${direction} impact "${impact}".`,
  },
  evaluate: ({ assessment, characteristics, characteristicLabel, label }, say) => {
    const violations: RuleViolation[] = [];
    for (const { id } of characteristics) {
      const analysis = assessment.analysis[id];
      if (analysis?.status === 'impacts_identified' && analysis.impacts.length === 0) {
        violations.push({
          message: say.noneDescribed({ characteristic: characteristicLabel(id) }),
          path: `analysis.${id}.impacts`,
        });
      }
      if (analysis?.status === 'no_impact') {
        analysis.impacts.forEach((impact, index) => {
          if (impact.direction === 'neutral') return;
          violations.push({
            message: say.listsImpact({
              characteristic: characteristicLabel(id),
              direction: inSentence(label('impactDirection', impact.direction)),
              impact: impact.id,
            }),
            path: `analysis.${id}.impacts.${index}`,
          });
        });
      }
    }
    return violations;
  },
});
