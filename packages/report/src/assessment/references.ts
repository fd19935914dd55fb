import type { Assessment, Impact, Profile } from '@eqia/core';
import { audienceLabel } from '../labels.js';
import type { AssessmentLanguage } from '../language/report-language.js';

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

/** "Disability (autistic people) × Age": the members of an intersection. */
export const subjectOf = (
  impact: { members: readonly { characteristic: string; subgroup?: string | undefined }[] },
  profile: Profile,
  lang: AssessmentLanguage,
) =>
  impact.members
    .map((member) => {
      const name = lang.characteristicLabel(profile, member.characteristic);
      return member.subgroup ? `${name} (${member.subgroup})` : name;
    })
    .join(' × ');

/** Every impact of the assessment, on characteristics (in the record's order) and intersections. */
export function namedImpacts(
  assessment: Assessment,
  profile: Profile,
  lang: AssessmentLanguage,
): NamedImpact[] {
  const single = Object.entries(assessment.analysis).flatMap(([characteristic, analysis]) =>
    analysis.impacts.map((impact) => ({
      impact,
      subject: lang.characteristicLabel(profile, characteristic),
    })),
  );
  const intersections = assessment.intersectionality.impacts.map((impact) => ({
    impact,
    subject: subjectOf(impact, profile, lang),
  }));
  return [...single, ...intersections];
}

export function references(assessment: Assessment, profile: Profile, lang: AssessmentLanguage): References {
  const words = lang.words.assessment.references;
  const impacts = new Map(
    namedImpacts(assessment, profile, lang).map(({ impact, subject }) => [
      impact.id,
      `${subject}: ${audienceLabel(profile, impact.audience, assessment.policy.otherGroups)}`,
    ]),
  );
  const evidence = new Map(assessment.evidence.items.map((item) => [item.id, item.title]));
  const gaps = new Map(assessment.evidence.gaps.map((gap) => [gap.id, words.gap({ text: gap.description })]));
  const actions = new Map(assessment.actions.map((action) => [action.id, action.description]));
  // An id nothing names (a dangling reference) is said as such rather than shown raw.
  return {
    impact: (id) => impacts.get(id) ?? words.impact,
    evidence: (id) => evidence.get(id) ?? words.evidence,
    gap: (id) => gaps.get(id) ?? words.dataGap,
    action: (id) => actions.get(id) ?? words.action,
    audience: (id) => audienceLabel(profile, id, assessment.policy.otherGroups),
  };
}
