import { defineRule, type RuleViolation } from '../rule.js';

export const referencesResolve = defineRule({
  id: 'references-resolve',
  title: 'Linked evidence, gaps, actions and impacts exist',
  defaultSeverity: 'error',
  section: 'analysis',
  scope: 'all',
  why: 'A conclusion resting on evidence or an action that is not in the record cannot show due regard (Brown principle 6: an adequate record).',
  hint: 'Add the missing item to the register, or remove the link.',
  messages: {
    missing: ({ where, what, id }: { where: string; what: string; id: string }) =>
      `${where} links ${what} "${id}", which does not exist.`,
    analysis: ({ characteristic }: { characteristic: string }) => `The ${characteristic} analysis`,
    impact: ({ impact }: { impact: string }) => `Impact "${impact}"`,
    gap: ({ gap }: { gap: string }) => `Data gap "${gap}"`,
    action: ({ action }: { action: string }) => `Action "${action}"`,
    evidenceLink: 'evidence',
    gapLink: 'data gap',
    actionLink: 'action',
    impactLink: 'impact',
  },
  evaluate: ({ assessment, impacts, characteristicLabel }, say) => {
    const evidence = new Set(assessment.evidence.items.map((item) => item.id));
    const gaps = new Set(assessment.evidence.gaps.map((gap) => gap.id));
    const actions = new Set(assessment.actions.map((action) => action.id));
    const impactIds = new Set(impacts.map((ref) => ref.impact.id));
    const violations: RuleViolation[] = [];
    const expect = (
      ids: readonly string[],
      known: Set<string>,
      what: string,
      where: string,
      path: string,
    ) => {
      ids.forEach((id, index) => {
        if (!known.has(id))
          violations.push({
            message: say.missing({ where, what, id }),
            path: `${path}.${index}`,
          });
      });
    };
    for (const [characteristic, analysis] of Object.entries(assessment.analysis)) {
      const where = say.analysis({ characteristic: characteristicLabel(characteristic) });
      expect(
        analysis.evidenceIds,
        evidence,
        say.evidenceLink,
        where,
        `analysis.${characteristic}.evidenceIds`,
      );
      expect(analysis.gapIds, gaps, say.gapLink, where, `analysis.${characteristic}.gapIds`);
    }
    for (const { impact, path } of impacts) {
      const where = say.impact({ impact: impact.id });
      expect(impact.evidenceIds, evidence, say.evidenceLink, where, `${path}.evidenceIds`);
      expect(impact.actionIds, actions, say.actionLink, where, `${path}.actionIds`);
    }
    assessment.evidence.gaps.forEach((gap, index) => {
      expect(
        gap.actionIds,
        actions,
        say.actionLink,
        say.gap({ gap: gap.id }),
        `evidence.gaps.${index}.actionIds`,
      );
    });
    assessment.actions.forEach((action, index) => {
      const where = say.action({ action: action.id });
      expect(action.impactIds, impactIds, say.impactLink, where, `actions.${index}.impactIds`);
      expect(action.gapIds, gaps, say.gapLink, where, `actions.${index}.gapIds`);
    });
    return violations;
  },
});
