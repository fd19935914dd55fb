import type { Assessment, Impact, Profile } from '@eqia/core';
import { audienceLabel, characteristicLabel } from '../labels.js';

/**
 * Names for the ids an assessment cross-references (impacts, evidence, gaps, actions), so the report
 * says "Race: Children and young people" where the record says `imp-3`, and an action by what it does.
 * Text is given whole: a reader should never meet an id or a sentence cut short.
 */
export interface References {
  impact(id: string): string;
  evidence(id: string): string;
  gap(id: string): string;
  action(id: string): string;
  /** An audience of the profile or another group the assessment names. */
  audience(id: string): string;
}

/** An impact with what it is on: a characteristic's label, or the members of an intersection. */
export interface NamedImpact {
  impact: Impact;
  subject: string;
}

/** Every impact of the assessment, on characteristics (in the record's order) and intersections. */
export function namedImpacts(assessment: Assessment, profile: Profile): NamedImpact[] {
  const single = Object.entries(assessment.analysis).flatMap(([characteristic, analysis]) =>
    analysis.impacts.map((impact) => ({ impact, subject: characteristicLabel(profile, characteristic) })),
  );
  const intersections = assessment.intersectionality.impacts.map((impact) => ({
    impact,
    subject: impact.members
      .map((member) => {
        const name = characteristicLabel(profile, member.characteristic);
        return member.subgroup ? `${name} (${member.subgroup})` : name;
      })
      .join(' × '),
  }));
  return [...single, ...intersections];
}

export function references(assessment: Assessment, profile: Profile): References {
  const impacts = new Map(
    namedImpacts(assessment, profile).map(({ impact, subject }) => [
      impact.id,
      `${subject}: ${audienceLabel(profile, impact.audience, assessment.policy.otherGroups)}`,
    ]),
  );
  const evidence = new Map(assessment.evidence.items.map((item) => [item.id, item.title]));
  const gaps = new Map(assessment.evidence.gaps.map((gap) => [gap.id, `Data gap: ${gap.description}`]));
  const actions = new Map(assessment.actions.map((action) => [action.id, action.description]));
  // An id nothing names (a dangling reference) is said as such rather than shown raw.
  return {
    impact: (id) => impacts.get(id) ?? 'An impact no longer in the assessment',
    evidence: (id) => evidence.get(id) ?? 'Evidence no longer in the assessment',
    gap: (id) => gaps.get(id) ?? 'A data gap no longer in the assessment',
    action: (id) => actions.get(id) ?? 'An action no longer in the assessment',
    audience: (id) => audienceLabel(profile, id, assessment.policy.otherGroups),
  };
}
