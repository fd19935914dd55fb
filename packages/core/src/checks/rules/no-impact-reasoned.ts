import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const noImpactReasoned = defineRule({
  id: 'no-impact-reasoned',
  title: '"No impact" is reasoned and evidenced',
  defaultSeverity: 'error',
  section: 'analysis',
  scope: 'full_assessment',
  why: 'The duty must be exercised in substance, with rigour (Brown principle 3); an unevidenced "no impact" is the sketchy reference Bracking condemned, and what is not known must be found out (Bridges).',
  hint: 'Say specifically why this characteristic is not affected, and cite the evidence, or the data gap that records what you do not know.',
  messages: {
    noReasoning: ({ characteristic }: { characteristic: string }) =>
      `${characteristic} is concluded as no impact without reasoning.`,
    noEvidence: ({ characteristic }: { characteristic: string }) =>
      `${characteristic} is concluded as no impact without citing evidence or a data gap.`,
  },
  evaluate: ({ assessment, characteristics, characteristicLabel }, say) => {
    const violations: RuleViolation[] = [];
    for (const { id } of characteristics) {
      const analysis = assessment.analysis[id];
      if (analysis?.status !== 'no_impact') continue;
      if (isBlank(analysis.reasoning)) {
        violations.push({
          message: say.noReasoning({ characteristic: characteristicLabel(id) }),
          path: `analysis.${id}.reasoning`,
        });
      }
      if (analysis.evidenceIds.length === 0 && analysis.gapIds.length === 0) {
        violations.push({
          message: say.noEvidence({ characteristic: characteristicLabel(id) }),
          path: `analysis.${id}.evidenceIds`,
        });
      }
    }
    return violations;
  },
});
