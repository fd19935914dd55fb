import type { Assessment, Profile } from '@eqia/core';
import { audienceLabel, characteristicLabel } from '../labels.js';

/**
 * Names for the ids an assessment cross-references (impacts, evidence, gaps, actions), so the report
 * says "Race: Children and young people" where the record says `imp-3`.
 */
export interface References {
  impact(id: string): string;
  evidence(id: string): string;
  gap(id: string): string;
  action(id: string): string;
}

const shorten = (text: string, length = 80) =>
  text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;

export function references(assessment: Assessment, profile: Profile): References {
  const impacts = new Map<string, string>();
  for (const [characteristic, analysis] of Object.entries(assessment.analysis)) {
    for (const impact of analysis.impacts) {
      impacts.set(
        impact.id,
        `${characteristicLabel(profile, characteristic)}: ${audienceLabel(profile, impact.audience)}`,
      );
    }
  }
  for (const impact of assessment.intersectionality.impacts) {
    const members = impact.members.map((member) => characteristicLabel(profile, member.characteristic));
    impacts.set(impact.id, `${members.join(' × ')}: ${audienceLabel(profile, impact.audience)}`);
  }
  const evidence = new Map(assessment.evidence.items.map((item) => [item.id, item.title]));
  const gaps = new Map(
    assessment.evidence.gaps.map((gap) => [gap.id, `Data gap: ${shorten(gap.description)}`]),
  );
  const actions = new Map(
    assessment.actions.map((action) => [action.id, `${action.id}: ${shorten(action.description)}`]),
  );
  return {
    impact: (id) => impacts.get(id) ?? id,
    evidence: (id) => evidence.get(id) ?? id,
    gap: (id) => gaps.get(id) ?? id,
    action: (id) => actions.get(id) ?? id,
  };
}
