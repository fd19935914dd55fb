import type { CheckContext } from '../context.js';
import { absenceOfEvidence } from '../phrases.js';
import { defineRule, type RuleViolation } from '../rule.js';

export const absenceNotEvidence = defineRule({
  id: 'absence-not-evidence',
  title: 'Absence of evidence is not evidence of no impact',
  defaultSeverity: 'warning',
  section: 'analysis',
  scope: 'all',
  why: 'Due regard is exercised with rigour and an open mind (Brown principle 3), and the authority must take reasonable steps to find out what it does not know (Bridges, 2020; Hurley and Moore, 2012): "we hold no data" or "no complaints received" shows only that nobody looked.',
  hint: 'Record what is not known as a data gap, linked to an action that will find out; or cite the evidence that shows there is no impact.',
  messages: {
    screenedOut: ({ characteristic, words }: { characteristic: string; words: string }) =>
      `${characteristic} is screened out on "${words}", with no data gap recorded and no action to find out.`,
    noImpact: ({ characteristic, words }: { characteristic: string; words: string }) =>
      `${characteristic} is concluded as no impact on "${words}", with no data gap recorded and no action to find out.`,
  },
  evaluate: (context, say) => {
    const { assessment, characteristics, screenedOut, characteristicLabel } = context;
    const violations: RuleViolation[] = [];
    for (const { id } of characteristics) {
      if (gapBeingFilled(context, id)) continue;
      if (screenedOut) {
        const answer = assessment.screening.answers[id];
        const cites = assessment.evidence.items.some(
          (item) => assessment.screening.evidenceIds.includes(item.id) && item.characteristics.includes(id),
        );
        const words = answer?.relevance === 'no' ? absenceOfEvidence(answer.reason, cites) : undefined;
        if (words) {
          violations.push({
            message: say.screenedOut({ characteristic: characteristicLabel(id), words }),
            path: `screening.answers.${id}.reason`,
          });
        }
        continue;
      }
      const analysis = assessment.analysis[id];
      if (analysis?.status !== 'no_impact') continue;
      const words = absenceOfEvidence(analysis.reasoning, analysis.evidenceIds.length > 0);
      if (words) {
        violations.push({
          message: say.noImpact({ characteristic: characteristicLabel(id), words }),
          path: `analysis.${id}.reasoning`,
        });
      }
    }
    return violations;
  },
});

/** A data gap about the characteristic, with a live action to fill it: what is not known is being found out. */
function gapBeingFilled({ assessment, hasLiveAction }: CheckContext, characteristic: string): boolean {
  const cited = assessment.analysis[characteristic]?.gapIds ?? [];
  return assessment.evidence.gaps.some(
    (gap) =>
      (gap.characteristics.includes(characteristic) || cited.includes(gap.id)) &&
      hasLiveAction({ kind: 'gap', gap }),
  );
}
