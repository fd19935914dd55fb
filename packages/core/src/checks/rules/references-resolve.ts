import type { Rule, RuleViolation } from '../rule.js';

export const referencesResolve: Rule = {
  id: 'references-resolve',
  title: 'Linked evidence, gaps, actions and impacts exist',
  defaultSeverity: 'error',
  section: 'analysis',
  scope: 'all',
  why: 'A conclusion resting on evidence or an action that is not in the record cannot show due regard (Brown principle 6: an adequate record).',
  hint: 'Add the missing item to the register, or remove the link.',
  evaluate: ({ assessment, impacts, characteristicLabel }) => {
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
            message: `${where} links ${what} "${id}", which does not exist.`,
            path: `${path}.${index}`,
          });
      });
    };
    for (const [characteristic, analysis] of Object.entries(assessment.analysis)) {
      const where = `The ${characteristicLabel(characteristic)} analysis`;
      expect(analysis.evidenceIds, evidence, 'evidence', where, `analysis.${characteristic}.evidenceIds`);
      expect(analysis.gapIds, gaps, 'data gap', where, `analysis.${characteristic}.gapIds`);
    }
    for (const { impact, path } of impacts) {
      const where = `Impact "${impact.id}"`;
      expect(impact.evidenceIds, evidence, 'evidence', where, `${path}.evidenceIds`);
      expect(impact.actionIds, actions, 'action', where, `${path}.actionIds`);
    }
    assessment.evidence.gaps.forEach((gap, index) => {
      expect(gap.actionIds, actions, 'action', `Data gap "${gap.id}"`, `evidence.gaps.${index}.actionIds`);
    });
    assessment.actions.forEach((action, index) => {
      const where = `Action "${action.id}"`;
      expect(action.impactIds, impactIds, 'impact', where, `actions.${index}.impactIds`);
      expect(action.gapIds, gaps, 'data gap', where, `actions.${index}.gapIds`);
    });
    return violations;
  },
};
